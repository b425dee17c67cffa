package io.github.netreview.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.NetReviewModel;
import io.github.netreview.model.TestModels;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

/** The structural constraints, checked through EMF's Diagnostician as the editor and CLI will check them. */
class ModelConstraintsTest {

	@BeforeAll
	static void registerPackages() {
		NetReviewModel.initStandalone();
	}

	@Test
	void aWellFormedNetworkHasNoProblems() {
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(TestModels.small()).getSeverity());
	}

	@Test
	void vlanIdOutOfRange() {
		expectError(n -> segment(n, "seg-cctv").setVlanId(5000), "segment 'CCTV' (seg-cctv): VLAN id 5000 is outside 1-4094", "seg-cctv");
	}

	@Test
	void prefixSyntaxAndHostBits() {
		expectError(n -> segment(n, "seg-core").getPrefixes().add("10.0.300.0/24"), "segment 'Core' (seg-core)", "seg-core");
		expectError(n -> segment(n, "seg-core").getPrefixes().add("10.0.11.7/24"), "host bits set; the prefix is 10.0.11.0/24", "seg-core");
	}

	@Test
	void macSyntax() {
		expectError(n -> port(n, "dev-cam.eth0").setMac("4C:BD:8F:00:00"),
				"interface 'cam-1 eth0' (dev-cam.eth0): '4C:BD:8F:00:00' is not a MAC address", "dev-cam.eth0");
	}

	@Test
	void interfaceAddresses() {
		expectError(n -> port(n, "dev-cam.eth0").getAddresses().add("camera.local"), "'camera.local' is not an IPv4", "dev-cam.eth0");
	}

	@Test
	void vlanLists() {
		expectError(n -> port(n, "dev-sw.Gi1-0-1").setAccessVlan(0), "access VLAN 0 is outside 1-4094", "dev-sw.Gi1-0-1");
		expectError(n -> {
			Interface trunk = port(n, "dev-sw.Gi1-0-1");
			trunk.setMode(InterfaceMode.TRUNK);
			trunk.setAccessVlan(null);
			trunk.setAllowedVlans("10,4095");
		}, "allowed VLANs: VLAN id 4095", "dev-sw.Gi1-0-1");
	}

	@Test
	void linkEndsMustDiffer() {
		expectError(n -> link(n, "link-dev-cam").setEndB(port(n, "dev-cam.eth0")), "connects interface 'cam-1 eth0' (dev-cam.eth0) to itself", "link-dev-cam");
		expectError(n -> link(n, "link-spare").setEndB(port(n, "dev-srv.eth0")), "connects two interfaces of device 'srv-1' (dev-srv)", "link-spare");
	}

	@Test
	void linkNeedsBothEnds() {
		expectError(n -> link(n, "link-spare").setEndB(null), "needs two ends", "link-spare");
	}

	@Test
	void interfaceOutsideADevice() {
		Interface orphan = TopologyFactory.eINSTANCE.createInterface();
		orphan.setId("if-orphan");
		Diagnostic result = Diagnostician.INSTANCE.validate(orphan);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertTrue(messages(result).contains("interface (if-orphan) does not belong to a device"), messages(result).toString());
	}

	@Test
	void securityLevelRange() {
		expectError(n -> zone(n, "zone-core").setSecurityLevel(5), "zone 'Core' (zone-core): IEC 62443 security level 5 is outside 1-4", "zone-core");
	}

	@Test
	void conduitNeedsBothZonesAndALevelOfOneToFour() {
		expectError(n -> new NetworkBuilder(n).conduit("cond-1", "Cameras", zone(n, "zone-cctv"), null, 2),
				"conduit 'Cameras' (cond-1) names no zone it goes to (toZone)", "cond-1");
		expectError(n -> new NetworkBuilder(n).conduit("cond-1", "Cameras", null, zone(n, "zone-core"), 2),
				"conduit 'Cameras' (cond-1) names no zone it comes from (fromZone)", "cond-1");
		expectError(n -> new NetworkBuilder(n).conduit("cond-1", "Cameras", zone(n, "zone-cctv"), zone(n, "zone-core"), 5),
				"conduit 'Cameras' (cond-1): IEC 62443 target security level 5 is outside 1-4", "cond-1");
	}

	@Test
	void aCompleteConduitHasNoProblems() {
		Network network = TestModels.small();
		new NetworkBuilder(network).conduit("cond-1", "Cameras", zone(network, "zone-cctv"), zone(network, "zone-core"), 4,
				NetworkBuilder.service("RTSP", io.github.netreview.model.topology.Protocol.TCP, "554"));
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(network).getSeverity());
	}

	@Test
	void duplicateIdsAndVlans() {
		expectError(n -> device(n, "dev-srv").setId("dev-cam"), "has the same id as device 'cam-1' (dev-cam)", "net-small");
		expectError(n -> segment(n, "seg-core").setVlanId(40), "segment 'CCTV' (seg-cctv) uses VLAN 40 like segment 'Core' (seg-core)", "net-small");
	}

	@Test
	void dataDiodeNeedsItsOwnIngress() {
		expectError(n -> device(n, "dev-srv").setRole(DeviceRole.DATA_DIODE), "is a data diode without an ingress interface", "dev-srv");
		expectError(n -> device(n, "dev-srv").setIngress(port(n, "dev-cam.eth0")), "is not one of its interfaces", "dev-srv");
	}

	@Test
	void ruleAppliedInboundOnAnotherDevicesInterface() {
		expectError(n -> {
			NetworkBuilder builder = new NetworkBuilder("x", "x");
			Device sw = device(n, "dev-sw");
			sw.setRouting(true);
			builder.rule(builder.policy(sw, "p", "p", Action.ALLOW), "r", "r", Action.DENY, null, null, null, null)
					.setIngress(port(n, "dev-cam.eth0"));
		}, "is not an interface of the device whose policy holds the rule", "r");
	}

	@Test
	void servicePortsAndOuiPrefixes() {
		expectError(n -> {
			NetworkBuilder builder = new NetworkBuilder("x", "x");
			Device sw = device(n, "dev-sw");
			sw.setRouting(true);
			builder.rule(builder.policy(sw, "p", "p", Action.DENY), "r", "r", Action.ALLOW, null, null, Protocol.TCP, "80,99999");
		}, "port 99999 in '80,99999' is outside 1-65535", "r");
		expectError(n -> {
			n.setCatalog(TopologyFactory.eINSTANCE.createCatalog());
			RestrictedVendor vendor = TopologyFactory.eINSTANCE.createRestrictedVendor();
			vendor.setId("vendor-x");
			vendor.setName("X");
			vendor.getOuiPrefixes().add("4C:BD");
			n.getCatalog().getVendors().add(vendor);
		}, "'4C:BD' is not an OUI prefix", "vendor-x");
	}

	@Test
	void policyOnADeviceThatDoesNotRouteIsOnlyAWarning() {
		Network network = TestModels.small();
		NetworkBuilder builder = new NetworkBuilder("x", "x");
		builder.policy(device(network, "dev-sw"), "p", "p", Action.DENY);
		Diagnostic result = Diagnostician.INSTANCE.validate(network);
		assertEquals(Diagnostic.WARNING, result.getSeverity(), messages(result).toString());
		assertTrue(messages(result).get(0).contains("the policy never applies"));
	}

	@Test
	void incompleteWaiverAndRequiredFlow() {
		Network network = TestModels.small();
		network.getWaivers().add(TopologyFactory.eINSTANCE.createWaiver());
		network.getRequiredFlows().add(TopologyFactory.eINSTANCE.createRequiredFlow());
		List<String> messages = messages(Diagnostician.INSTANCE.validate(network));
		assertTrue(messages.stream().anyMatch(m -> m.contains("names no device")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("has no justification")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("has no expiry date")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("has no source")), messages.toString());
	}

	/** Breaks a copy of the small network and expects one error with {@code message} about the element with {@code id}. */
	private static void expectError(Consumer<Network> breakIt, String message, String id) {
		Network network = TestModels.small();
		breakIt.accept(network);
		Diagnostic result = Diagnostician.INSTANCE.validate(network);
		assertEquals(Diagnostic.ERROR, result.getSeverity(), messages(result).toString());
		Diagnostic match = result.getChildren().stream().filter(d -> d.getMessage().contains(message)).findFirst()
				.orElseThrow(() -> new AssertionError("no diagnostic contains '" + message + "' in " + messages(result)));
		EObject subject = (EObject) match.getData().get(0);
		while (!(subject instanceof Identified)) {
			subject = subject.eContainer();
		}
		assertEquals(id, ((Identified) subject).getId(), "the diagnostic carries its element");
	}

	private static List<String> messages(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	private static Segment segment(Network network, String id) {
		return network.getSegments().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Zone zone(Network network, String id) {
		return network.getZones().stream().filter(z -> z.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Device device(Network network, String id) {
		return network.getDevices().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Link link(Network network, String id) {
		return network.getLinks().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Interface port(Network network, String id) {
		return network.getDevices().stream().flatMap(d -> d.getInterfaces().stream()).filter(i -> i.getId().equals(id))
				.findFirst().orElseThrow();
	}
}
