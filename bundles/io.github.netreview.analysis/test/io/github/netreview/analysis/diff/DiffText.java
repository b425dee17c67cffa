package io.github.netreview.analysis.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.ZoneKind;

/** The example networks for diff tests, and diffs as lines of text that assertions can compare whole. */
final class DiffText {

	static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	private DiffText() {
	}

	static Network hq() throws IOException {
		return ModelFiles.loadNetwork(Path.of("../../examples/hq.netreview"));
	}

	/**
	 * A restricted camera with a path to the core through a switch and a router, and the same network with a second
	 * switch between the camera and the first: the path grows from 11 hops to 15.
	 */
	static List<Network> pathThatGrows() {
		Fixture f = new Fixture();
		f.segment(10, f.zone("core", ZoneKind.CORE));
		f.segment(40, f.zone("cctv", ZoneKind.SURVEILLANCE));
		Device sw1 = f.switchDevice("sw1");
		Device router = f.router("r1");
		f.routedUplink(router, sw1, 40);
		f.routedUplink(router, sw1, 10);
		f.endpoint("srv", DeviceRole.SERVER, "Dell Inc.", sw1, 10);
		f.camera("cam", "Hikvision", sw1, 40);
		Network base = f.network();
		Network now = EcoreUtil.copy(base);
		NetworkBuilder builder = new NetworkBuilder(now);
		Device sw2 = builder.device("dev-sw2", "sw2", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200", now.getSites().get(0), null);
		Link cable = now.getLinks().stream().filter(l -> l.getEndA().getDevice().getId().equals("dev-cam")).findFirst().orElseThrow();
		cable.setEndB(builder.accessPort(sw2, "p1", 40));
		builder.link("link-sw2", builder.trunkPort(sw2, "up", "40"), builder.trunkPort(find(now, "dev-sw1"), "down", "40"), Medium.FIBER);
		return List.of(base, now);
	}

	@SuppressWarnings("unchecked")
	static <T extends EObject> T find(Network network, String id) {
		for (var contents = network.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Identified identified && id.equals(identified.getId())) {
				return (T) element;
			}
		}
		throw new IllegalArgumentException("no element " + id);
	}

	/** "MOVED Interface dev-acc-sw-02.Gi1-0-30: accessVlan 30 -> 40; ..." per change. */
	static List<String> elements(ModelDiff diff) {
		return diff.changes().stream().map(DiffText::line).toList();
	}

	static String line(ElementChange change) {
		return change.kind() + " " + change.type() + " " + change.id() + ": " + String.join("; ",
				change.features().stream().map(f -> f.feature() + " " + f.before() + " -> " + f.after()).toList());
	}

	/** "NEW WAIVER_EXPIRED waiver-1", with ": WAIVER a -> b; ..." when it changed; unchanged findings left out. */
	static List<String> findings(FindingDelta delta) {
		return delta.entries().stream().filter(entry -> entry.status() != FindingDelta.Status.UNCHANGED).map(DiffText::line).toList();
	}

	static String line(FindingDelta.Entry entry) {
		String differences = String.join("; ", entry.differences().stream().map(d -> d.aspect() + " " + d.before() + " -> " + d.after()).toList());
		return entry.status() + " " + entry.key() + (differences.isEmpty() ? "" : ": " + differences);
	}

	/** "zone-staff -> zone-internet: INTENDED_AND_PRESENT (TCP 80, 443) -> INTENDED_NOT_PRESENT (no service)" per cell. */
	static List<String> cells(MatrixDelta delta) {
		return delta.changes().stream().map(c -> c.fromId() + " -> " + c.toId() + ": " + cell(c.before()) + " -> " + cell(c.after())).toList();
	}

	private static String cell(MatrixDelta.Cell cell) {
		return (cell.state() == null ? (cell.present() ? "present" : "absent") : cell.state().name()) + " (" + cell.services() + ")";
	}

	/** Everything a diff says, as text: the same inputs must give the same lines. */
	static List<String> all(NetworkDiff diff) {
		List<String> lines = new java.util.ArrayList<>(elements(diff.elements()));
		diff.findings().entries().forEach(entry -> lines.add(line(entry)));
		lines.addAll(cells(diff.zoneMatrix()));
		diff.coverage().changes().forEach(change -> lines.add(change.toString()));
		return lines;
	}
}
