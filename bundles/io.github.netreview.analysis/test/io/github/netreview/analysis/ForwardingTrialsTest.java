package io.github.netreview.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.forwarding.RandomTopologiesAccess;
import io.github.netreview.analysis.forwarding.Reach;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Zone;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Change sets tried on random networks: while a trial is open its analysis equals a fresh one of the edited network
 * and names every device whose reach changed; closed, the network and the analysis are exactly as before.
 */
class ForwardingTrialsTest {

	/** One random edit: the objects it changes (or adds to) and the change. */
	private record Edit(String label, List<Notifier> scope, Runnable change) {
	}

	@Property(tries = 200)
	void aTrialSeesWhatAFreshAnalysisSeesAndIsUndoneExactly(@ForAll long seed) {
		Network network = RandomTopologiesAccess.generate(seed);
		Network original = EcoreUtil.copy(network);
		Random random = new Random(seed);
		ForwardingTrials trials = new ForwardingTrials(network, fresh(network));
		for (int step = 0; step < 4; step++) {
			Map<Device, Reach> before = reaches(network, trials.current());
			List<Edit> edits = new ArrayList<>();
			for (int i = 1 + random.nextInt(3); i > 0; i--) {
				edits.add(edit(network, random));
			}
			String what = "seed " + seed + ", step " + step + ": " + edits.stream().map(Edit::label).toList();
			List<Notifier> scope = edits.stream().flatMap(e -> e.scope().stream()).distinct().toList();
			try (Trial trial = trials.begin(scope, () -> edits.forEach(e -> e.change().run()))) {
				assertSameForwarding(fresh(network), trial.forwarding(), network, what + " (open)");
				List<Device> changed = trial.changedDevices();
				if (changed != null) {
					Map<Device, Reach> after = reaches(network, trial.forwarding());
					for (Device device : network.getDevices()) {
						assertTrue(before.get(device).equals(after.get(device)) || changed.contains(device),
								what + ": " + device.getId() + " reaches otherwise but is not named");
					}
				}
			}
			assertTrue(EcoreUtil.equals(original, network), what + ": the network is as before");
			assertSameForwarding(fresh(network), trials.current(), network, what + " (closed)");
		}
	}

	@Example
	void editsThatFailPartWayAreUndoneBeforeTheFailureIsPassedOn() {
		Network network = RandomTopologiesAccess.generate(7);
		Network original = EcoreUtil.copy(network);
		ForwardingTrials trials = new ForwardingTrials(network, fresh(network));
		Link link = network.getLinks().get(0);
		assertThrows(IllegalStateException.class, () -> trials.begin(List.of(link), () -> {
			link.setEnabled(!link.isEnabled());
			throw new IllegalStateException("the second edit does not apply");
		}));
		assertTrue(EcoreUtil.equals(original, network));
	}

	private static ForwardingAnalysis fresh(Network network) {
		return ForwardingAnalysis.of(NetworkIndex.of(network));
	}

	private static Map<Device, Reach> reaches(Network network, ForwardingAnalysis forwarding) {
		Map<Device, Reach> reaches = new HashMap<>();
		network.getDevices().forEach(device -> reaches.put(device, forwarding.reachOf(device)));
		return reaches;
	}

	private static void assertSameForwarding(ForwardingAnalysis expected, ForwardingAnalysis actual, Network network, String when) {
		for (Device device : network.getDevices()) {
			assertEquals(expected.reachOf(device), actual.reachOf(device), when + ": reach of " + device.getId());
			assertArrayEquals(expected.coreServiceMask(device), actual.coreServiceMask(device), when + ": core services of " + device.getId());
		}
		assertEquals(expected.zoneMatrix().zones(), actual.zoneMatrix().zones(), when);
		for (int i = 0; i < expected.zoneMatrix().zones().size(); i++) {
			assertEquals(List.of(expected.zoneMatrix().cells()[i]), List.of(actual.zoneMatrix().cells()[i]), when);
		}
	}

	private static Edit edit(Network network, Random random) {
		List<Device> devices = network.getDevices();
		Device device = devices.get(random.nextInt(devices.size()));
		switch (random.nextInt(8)) {
		case 0 -> {
			Link link = network.getLinks().get(random.nextInt(network.getLinks().size()));
			return new Edit("toggling " + link.getId(), List.of(link), () -> link.setEnabled(!link.isEnabled()));
		}
		case 1 -> {
			Interface port = anyPort(network, random);
			int vlan = new int[] { 10, 20, 30, 40, 50 }[random.nextInt(5)];
			boolean trunk = port.getMode() == InterfaceMode.TRUNK;
			String allowed = random.nextBoolean() ? null : vlan + ",40";
			return new Edit("re-VLANing " + port.getId(), List.of(port), () -> {
				if (trunk) {
					port.setAllowedVlans(allowed);
				} else {
					port.setAccessVlan(vlan);
				}
			});
		}
		case 2 -> {
			Interface port = anyPort(network, random);
			return new Edit("toggling " + port.getId(), List.of(port), () -> port.setEnabled(!port.isEnabled()));
		}
		case 3 -> {
			Interface port = anyPort(network, random);
			String address = "10." + new int[] { 10, 20, 30, 40, 50 }[random.nextInt(5)] + "." + (1 + random.nextInt(2)) + "." + (2 + random.nextInt(200))
					+ "/24";
			return new Edit("re-addressing " + port.getId(), List.of(port), () -> {
				port.getAddresses().clear();
				port.getAddresses().add(address);
			});
		}
		case 4 -> {
			Zone zone = network.getZones().get(random.nextInt(network.getZones().size()));
			return new Edit("moving " + device.getId() + " to " + zone.getId(), List.of(device), () -> device.setZone(zone));
		}
		case 5 -> {
			Zone zone = network.getZones().get(random.nextInt(network.getZones().size()));
			return new Edit("flipping the core flag of " + zone.getId(), List.of(zone), () -> zone.setCore(!zone.isCore()));
		}
		case 6 -> {
			return accessList(network, random);
		}
		default -> {
			Device firewall = devices.stream().filter(d -> d.getPolicy() != null).findFirst().orElse(device);
			if (firewall.getPolicy() == null) {
				return new Edit("nothing", List.of(), () -> {
				});
			}
			Device source = devices.get(random.nextInt(devices.size()));
			Action action = random.nextBoolean() ? Action.ALLOW : Action.DENY;
			FirewallPolicy policy = firewall.getPolicy();
			String id = "new-" + random.nextInt(1_000_000);
			return new Edit("a rule for " + source.getId() + " on " + firewall.getId(), List.of(policy), () -> policy.getRules()
					.move(0, new NetworkBuilder("x", "x").rule(policy, id, "added", action, source, null, Protocol.TCP, "554")));
		}
		}
	}

	/** Gives a routing device an access list applied inbound on one of its interfaces, or takes its policy. */
	private static Edit accessList(Network network, Random random) {
		List<Device> routing = network.getDevices().stream().filter(Device::isRouting).toList();
		if (routing.isEmpty()) {
			return new Edit("nothing", List.of(), () -> {
			});
		}
		Device router = routing.get(random.nextInt(routing.size()));
		if (router.getPolicy() != null) {
			return new Edit("taking the policy of " + router.getId(), List.of(router), () -> router.setPolicy(null));
		}
		Device source = network.getDevices().get(random.nextInt(network.getDevices().size()));
		Interface ingress = router.getInterfaces().isEmpty() ? null : router.getInterfaces().get(random.nextInt(router.getInterfaces().size()));
		String id = "acl-" + random.nextInt(1_000_000);
		return new Edit("an access list on " + router.getId(), List.of(router), () -> {
			NetworkBuilder builder = new NetworkBuilder("x", "x");
			FirewallRule rule = builder.rule(builder.policy(router, id, "acl", Action.ALLOW), id + "-deny", "deny", Action.DENY, source, null,
					null, null);
			rule.setIngress(ingress);
		});
	}

	private static Interface anyPort(Network network, Random random) {
		while (true) {
			Device device = network.getDevices().get(random.nextInt(network.getDevices().size()));
			if (!device.getInterfaces().isEmpty()) {
				return device.getInterfaces().get(random.nextInt(device.getInterfaces().size()));
			}
		}
	}
}
