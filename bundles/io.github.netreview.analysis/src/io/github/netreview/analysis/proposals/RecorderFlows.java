package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.netreview.analysis.forwarding.FlowReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.ServiceSpace;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * The flows a restricted camera is expected to keep, inferred rather than required: to the recorders (role NVR) of
 * its site and the servers of its zone there that it reached before, with every service that reached them; and,
 * after a change, to the recorders of the segments it is in then. Destinations that are themselves being fixed, or
 * sit in the core, are not kept.
 */
final class RecorderFlows {

	/** A camera and a recorder or server, with what reached it before (services of {@code space}). */
	record Reached(Device camera, Device destination, ServiceSpace space, long[] services) {
	}

	/** One camera-to-recorder flow judged after a change, and for a recorder of the camera's new segment, whether it is one. */
	record Judged(Device camera, Device destination, boolean after, boolean newSegment) {
	}

	private final List<Reached> reached;
	private final Map<Site, List<Device>> recordersBySite;
	private final Set<Device> problems;
	/** The segments each restricted camera was a host in before: a camera in others after was moved. */
	private final Map<Device, List<Segment>> segmentsBefore;

	private RecorderFlows(List<Reached> reached, Map<Site, List<Device>> recordersBySite, Set<Device> problems,
			Map<Device, List<Segment>> segmentsBefore) {
		this.reached = reached;
		this.recordersBySite = recordersBySite;
		this.problems = problems;
		this.segmentsBefore = segmentsBefore;
	}

	/** The flows of the restricted cameras among {@code problems}, as {@code forwarding} (before a change) sees them. */
	static RecorderFlows before(ForwardingAnalysis forwarding, Collection<Device> allDevices, Set<Device> problems) {
		Map<Site, List<Device>> bySite = new HashMap<>();
		for (Device device : allDevices) {
			if ((device.getRole() == DeviceRole.NVR || device.getRole() == DeviceRole.SERVER) && !problems.contains(device)
					&& !CoreStatus.inCore(forwarding, device)) {
				bySite.computeIfAbsent(device.getSite(), site -> new ArrayList<>()).add(device);
			}
		}
		List<Reached> reached = new ArrayList<>();
		Map<Device, List<Segment>> segments = new HashMap<>();
		for (Device camera : problems) {
			if (camera.getRole() != DeviceRole.CAMERA) {
				continue;
			}
			segments.put(camera, forwarding.hostSegmentsOf(camera));
			Zone zone = zoneOf(forwarding, camera);
			for (Device destination : near(bySite, camera)) {
				if (destination.getRole() == DeviceRole.NVR || Objects.equals(zoneOf(forwarding, destination), zone)) {
					long[] services = forwarding.flow(camera, destination, forwarding.services().none()).services();
					if (forwarding.services().anyAtom(services) >= 0) {
						reached.add(new Reached(camera, destination, forwarding.services(), services));
					}
				}
			}
		}
		return new RecorderFlows(reached, bySite, problems, segments);
	}

	/** The flows judged in {@code after}: those reached before, and the recorders of the segments each camera was moved into. */
	List<Judged> after(ForwardingAnalysis after) {
		List<Judged> judged = new ArrayList<>();
		Set<List<Device>> seen = new LinkedHashSet<>();
		for (Reached flow : reached) {
			FlowReach now = after.flow(flow.camera(), flow.destination(), after.services().none());
			judged.add(new Judged(flow.camera(), flow.destination(), after.services().holdsAll(now.services(), flow.space(), flow.services()), false));
			seen.add(List.of(flow.camera(), flow.destination()));
		}
		for (Device camera : problems) {
			if (camera.getRole() != DeviceRole.CAMERA) {
				continue;
			}
			List<Segment> segments = after.hostSegmentsOf(camera);
			if (segments.equals(segmentsBefore.get(camera))) {
				continue;
			}
			for (Device recorder : near(recordersBySite, camera)) {
				if (recorder.getRole() == DeviceRole.NVR && seen.add(List.of(camera, recorder))
						&& after.hostSegmentsOf(recorder).stream().anyMatch(segments::contains)) {
					long[] services = after.flow(camera, recorder, after.services().none()).services();
					judged.add(new Judged(camera, recorder, after.services().anyAtom(services) >= 0, true));
				}
			}
		}
		return judged;
	}

	/** The recorders (role NVR) at the camera's site that are not being fixed themselves and are not in the core. */
	List<Device> recordersNear(Device camera) {
		return near(recordersBySite, camera).stream().filter(device -> device.getRole() == DeviceRole.NVR).toList();
	}

	/** The recorders and servers at the camera's site (all of them when it or they have none). */
	private static List<Device> near(Map<Site, List<Device>> bySite, Device camera) {
		if (camera.getSite() == null) {
			return bySite.values().stream().flatMap(List::stream).toList();
		}
		List<Device> near = new ArrayList<>(bySite.getOrDefault(camera.getSite(), List.of()));
		near.addAll(bySite.getOrDefault(null, List.of()));
		return near;
	}

	/** The zone a device belongs to: the one it is deployed in, else that of its first segment. */
	private static Zone zoneOf(ForwardingAnalysis forwarding, Device device) {
		if (device.getZone() != null) {
			return device.getZone();
		}
		return forwarding.segmentsOf(device).stream().map(Segment::getZone).filter(Objects::nonNull).findFirst().orElse(null);
	}
}
