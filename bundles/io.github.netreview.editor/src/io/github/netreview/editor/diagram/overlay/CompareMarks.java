package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.editor.diagram.overlay.PreviewMarks.Kind;
import io.github.netreview.editor.diagram.overlay.PreviewMarks.Mark;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * How a comparison with another version of the network looks on the diagram, by the id of the device or link that
 * shows each change: added (green) or changed and moved (amber), each change a short line; the devices and links only
 * the other version has, drawn as ghosts where they were; and what lies on the path of a new or changed finding
 * (drawn thick). {@code against} names the other version.
 */
public record CompareMarks(String against, Map<String, Mark> marks, List<Ghost> ghosts, List<GhostLink> ghostLinks, Set<String> onNewPaths) {

	public static final CompareMarks NONE = new CompareMarks("", Map.of(), List.of(), List.of(), Set.of());

	/** Where a removed device was in the other version's diagram: in the container showing {@code container} (null: the diagram itself). */
	public record Place(String container, int x, int y, int width, int height) {
	}

	/** A device only the other version has: where it was (null when its diagram does not say), who it was cabled to, its zone. */
	public record Ghost(String id, String name, List<String> lines, Place place, List<String> neighbours, String zone) {
	}

	/** A link only the other version has, between the devices with ids {@code endA} and {@code endB}. */
	public record GhostLink(String id, String endA, String endB, List<String> lines) {
	}

	/** Where the Changes view lists what a tooltip leaves out. */
	private static final String VIEW = "the Changes view";

	/**
	 * The marks of {@code diff} (from the other version to the current one), {@code owners} finding what shows each
	 * change; {@code baseDiagram} is the other version's diagram (or null), which says where removed devices were.
	 */
	public static CompareMarks of(String against, NetworkDiff diff, Diagram baseDiagram, DrawnOwners owners) {
		Map<String, Kind> kinds = new LinkedHashMap<>();
		Map<String, List<String>> lines = new LinkedHashMap<>();
		for (ElementChange change : diff.elements().changes()) {
			for (String owner : owners.of(change.id())) {
				EObject drawn = owners.inNow(owner);
				if (drawn instanceof Device || drawn instanceof Link) {
					Kind kind = change.kind() == ElementChange.Kind.ADDED && owner.equals(change.id()) ? Kind.ADDED : Kind.CHANGED;
					kinds.merge(owner, kind, (a, b) -> a == Kind.ADDED || b == Kind.ADDED ? Kind.ADDED : Kind.CHANGED);
				}
				if (drawn != null || owners.inBase(owner) != null) {
					lines.computeIfAbsent(owner, k -> new ArrayList<>()).add(ChangeLines.line(change));
				}
			}
		}
		Map<String, Mark> marks = new LinkedHashMap<>();
		kinds.forEach((id, kind) -> marks.put(id, new Mark(kind, EditLines.capped(lines.get(id), VIEW))));
		List<Ghost> ghosts = new ArrayList<>();
		List<GhostLink> ghostLinks = new ArrayList<>();
		for (ElementChange change : diff.elements().ofKind(ElementChange.Kind.REMOVED)) {
			List<String> said = EditLines.capped(lines.getOrDefault(change.id(), List.of()), VIEW);
			if (owners.inNow(change.id()) == null && owners.inBase(change.id()) instanceof Device device) {
				ghosts.add(new Ghost(device.getId(), device.getName(), said, placeOf(baseDiagram, device.getId()), neighbours(device, owners),
						device.getZone() == null ? null : device.getZone().getId()));
			} else if (owners.inNow(change.id()) == null && owners.inBase(change.id()) instanceof Link link && deviceId(link.getEndA()) != null
					&& deviceId(link.getEndB()) != null) {
				ghostLinks.add(new GhostLink(link.getId(), deviceId(link.getEndA()), deviceId(link.getEndB()), said));
			}
		}
		return new CompareMarks(against, Map.copyOf(marks), List.copyOf(ghosts), List.copyOf(ghostLinks), onNewPaths(diff.findings()));
	}

	/** The mark of the device or link with {@code id}, or null. */
	public Mark markOf(String id) {
		return id == null ? null : marks.get(id);
	}

	/** Whether the element with {@code id} lies on the path of a new or changed finding. */
	public boolean onNewPath(String id) {
		return id != null && onNewPaths.contains(id);
	}

	/** What a tooltip says of the device or link with {@code id}: "Since FILE:", each change and any new finding's path; null when nothing. */
	public String tooltip(String id) {
		Mark mark = markOf(id);
		if (mark == null && !onNewPath(id)) {
			return null;
		}
		StringBuilder tip = new StringBuilder("Since ").append(against).append(':');
		(mark == null ? List.<String>of() : mark.lines()).forEach(line -> tip.append("\n  ").append(line));
		return tip.append(onNewPath(id) ? "\n  on the path of a new or changed finding" : "").toString();
	}

	private static Set<String> onNewPaths(FindingDelta findings) {
		Set<String> ids = new HashSet<>();
		for (FindingDelta.Entry entry : findings.entries()) {
			if (entry.status() == FindingDelta.Status.NEW || entry.status() == FindingDelta.Status.CHANGED) {
				for (EObject hop : entry.now().path()) {
					String id = ElementIds.idOf(hop);
					if (id != null) {
						ids.add(id);
					}
				}
			}
		}
		return Set.copyOf(ids);
	}

	/** Where the node of the element with {@code id} is in {@code diagram}, or null. */
	private static Place placeOf(Diagram diagram, String id) {
		if (diagram == null) {
			return null;
		}
		for (var all = diagram.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Node node && node.getElement() != null && id.equals(node.getElement().getId())) {
				String container = node.eContainer() instanceof Node parent && parent.getElement() != null ? parent.getElement().getId() : null;
				if (container == null && !(node.eContainer() instanceof Diagram)) {
					return null;
				}
				return new Place(container, node.getX(), node.getY(), node.getWidth() > 0 ? node.getWidth() : DiagramBuilder.DEVICE_WIDTH,
						node.getHeight() > 0 ? node.getHeight() : DiagramBuilder.DEVICE_HEIGHT);
			}
		}
		return null;
	}

	/** The devices of the current version that {@code device} was cabled to in the other. */
	private static List<String> neighbours(Device device, DrawnOwners owners) {
		List<String> ids = new ArrayList<>();
		for (Link link : owners.base().getLinks()) {
			String a = deviceId(link.getEndA());
			String b = deviceId(link.getEndB());
			String other = device.getId().equals(a) ? b : device.getId().equals(b) ? a : null;
			if (other != null && owners.inNow(other) instanceof Device && !ids.contains(other)) {
				ids.add(other);
			}
		}
		return ids;
	}

	private static String deviceId(Interface end) {
		return end == null || end.getDevice() == null ? null : end.getDevice().getId();
	}
}
