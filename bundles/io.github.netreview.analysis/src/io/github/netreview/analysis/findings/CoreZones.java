package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/** Whether a network has a core to judge against: a core zone with a segment or a device in it. */
public final class CoreZones {

	private CoreZones() {
	}

	/** The NO_CORE_ZONE finding of {@code network}, or null when some core zone holds a segment or a device. */
	public static Finding noCoreFinding(Network network) {
		List<Zone> core = network.getZones().stream().filter(Zone::isCore).toList();
		if (!core.isEmpty() && occupied(network, core)) {
			return null;
		}
		String why = core.isEmpty() ? "none of its " + network.getZones().size() + " zones is a core zone"
				: "its core zones (" + core.stream().map(ElementLabels::quotedName).collect(Collectors.joining(", "))
						+ ") hold no segment and no device";
		List<EObject> elements = new ArrayList<>(List.of(network));
		elements.addAll(core);
		return new Finding(Rule.NO_CORE_ZONE, describe(network) + " cannot be judged: " + why
				+ ", so no path to a core network can be found", elements, List.of(), null, List.of(), null);
	}

	/** Whether some segment or device is in one of the {@code core} zones. */
	private static boolean occupied(Network network, List<Zone> core) {
		Set<Zone> wanted = new HashSet<>(core);
		return network.getSegments().stream().map(Segment::getZone).anyMatch(wanted::contains)
				|| network.getDevices().stream().map(Device::getZone).anyMatch(wanted::contains);
	}
}
