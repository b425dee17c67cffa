package io.github.netreview.report.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.FindingDelta.Aspect;
import io.github.netreview.analysis.diff.FindingDelta.Status;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.layout.DiagramStrokes;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.layout.Stroke;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * How a change review draws its two diagrams: on the base, what was removed red and what was changed or moved amber;
 * on the new, what was added green and what was changed or moved amber (a device for a change to its interfaces or
 * rules, a site or zone for its own); the devices and links on the path of a finding that is new or whose path changed
 * thick on the new, and of one fixed or whose path changed thick on the base.
 */
final class DiffStrokes {

	static final String ADDED = "#2e9d3a";
	static final String REMOVED = "#e00000";
	static final String CHANGED = "#f0a000";
	static final String PATH = PathPalette.hex(0);
	static final int WIDTH = 3;
	static final int PATH_WIDTH = 7;

	private final Map<String, Stroke> elements = new HashMap<>();
	private final Map<String, Stroke> containers = new HashMap<>();
	private final Map<String, EObject> byId = new HashMap<>();

	private DiffStrokes(Network network) {
		EcoreUtil.<EObject>getAllContents(network, true).forEachRemaining(element -> {
			if (element instanceof Identified identified && identified.getId() != null) {
				byId.putIfAbsent(identified.getId(), element);
			}
		});
	}

	/** The base diagram's strokes. */
	static DiagramStrokes base(NetworkDiff diff, Network base) {
		return of(diff, base, ElementChange.Kind.REMOVED, REMOVED, Status.FIXED, FindingDelta.Entry::base);
	}

	/** The new diagram's strokes. */
	static DiagramStrokes now(NetworkDiff diff, Network now) {
		return of(diff, now, ElementChange.Kind.ADDED, ADDED, Status.NEW, FindingDelta.Entry::now);
	}

	/**
	 * The strokes of one version's diagram: elements only it has ({@code own}) in {@code colour}, those changed or moved
	 * amber, and the paths of the findings only it has ({@code status}) or whose path changed, as it has them.
	 */
	private static DiagramStrokes of(NetworkDiff diff, Network network, ElementChange.Kind own, String colour, Status status,
			Function<FindingDelta.Entry, Finding> version) {
		DiffStrokes strokes = new DiffStrokes(network);
		strokes.changes(diff, Set.of(own), colour);
		strokes.changes(diff, Set.of(ElementChange.Kind.MOVED, ElementChange.Kind.CHANGED), CHANGED);
		for (FindingDelta.Entry entry : diff.findings().entries()) {
			if (entry.status() == status || pathChanged(entry)) {
				strokes.path(version.apply(entry));
			}
		}
		return new DiagramStrokes(strokes.elements, strokes.containers);
	}

	private static boolean pathChanged(FindingDelta.Entry entry) {
		return entry.status() == Status.CHANGED
				&& entry.differences().stream().anyMatch(d -> d.aspect() == Aspect.PATH || d.aspect() == Aspect.ROUTE);
	}

	/**
	 * Colours each site, zone, device and link with a change of {@code kinds}; a device whose interface, policy or rule
	 * has one is changed, amber, unless it has a change of its own.
	 */
	private void changes(NetworkDiff diff, Set<ElementChange.Kind> kinds, String colour) {
		for (ElementChange change : diff.elements().changes()) {
			EObject element = byId.get(change.id());
			if (!kinds.contains(change.kind()) || element == null) {
				continue;
			}
			if (element instanceof Site || element instanceof Zone) {
				containers.put(change.id(), new Stroke(colour, WIDTH, false));
			} else if (element instanceof Device || element instanceof Link) {
				elements.put(change.id(), new Stroke(colour, WIDTH, colour.equals(REMOVED)));
			} else if (holder(element) instanceof Device device && device.getId() != null) {
				elements.putIfAbsent(device.getId(), new Stroke(CHANGED, WIDTH, false));
			}
		}
	}

	/** The devices and links of {@code finding}'s path thick, in their change's colour or the path's. */
	private void path(Finding finding) {
		for (EObject hop : finding.path()) {
			if ((hop instanceof Device || hop instanceof Link) && ((Identified) hop).getId() != null) {
				String id = ((Identified) hop).getId();
				Stroke change = elements.get(id);
				elements.put(id, new Stroke(change == null ? PATH : change.colour(), PATH_WIDTH, change != null && change.dashed()));
			}
		}
	}

	/** The device that holds {@code element}, or null. */
	private static Device holder(EObject element) {
		for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
			if (current instanceof Device device) {
				return device;
			}
		}
		return null;
	}
}
