package io.github.netreview.analysis.forwarding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/** Layer-2 domains repaired after each of many random edits equal the domains built afresh from the edited network. */
class L2RepairTest {

	/** Repairs that only hung cards on or took them off, over all tries: the trees were patched rather than grown. */
	private static int leafRepairsSeen;

	@AfterContainer
	static void someRepairsOnlyPatchedTheTrees() {
		assertTrue(leafRepairsSeen > 0, "no repair only hung a card on a cable or took it off");
	}

	@Property(tries = 300)
	void repairedDomainsEqualFreshOnes(@ForAll long seed) {
		Network network = RandomTopologies.generate(seed);
		Random random = new Random(seed);
		NetworkIndex index = NetworkIndex.of(network);
		L2Domains repaired = L2Domains.of(index);
		DomainTrees trees = new DomainTrees(repaired);
		int repairs = 0;
		int leafRepairs = 0;
		for (int step = 0; step < 12; step++) {
			List<Interface> ports = new ArrayList<>();
			List<Link> links = new ArrayList<>();
			String edit = edit(network, random, ports, links);
			ports.forEach(index::refresh);
			links.forEach(index::refresh);
			L2Repair.Change change = L2Repair.repair(repaired, ports.stream().mapToInt(index::indexOf).toArray(),
					links.stream().mapToInt(index::indexOf).toArray());
			String when = "seed " + seed + " after " + edit;
			if (change == null) {
				repaired = L2Domains.of(index);
				trees = new DomainTrees(repaired);
				continue;
			}
			repairs++;
			if (change.leaves() != null) {
				trees.patchLeaves(change.leaves().cards(), change.leaves().edges());
				leafRepairs++;
			} else {
				trees.regrow(change.touchedDomains());
			}
			L2Domains fresh = L2Domains.of(NetworkIndex.of(network));
			assertEquals(fresh.componentCount, repaired.componentCount, when);
			assertArrayEquals(fresh.component, repaired.component, when);
			assertArrayEquals(fresh.nodeUp, repaired.nodeUp, when);
			for (int c = 0; c < fresh.componentCount; c++) {
				assertEquals(fresh.componentSegment[c], repaired.componentSegment[c], when + ", segment of domain " + c);
				assertEquals(fresh.componentSegments.get(c), repaired.componentSegments.get(c), when);
				assertEquals(fresh.componentSize[c], repaired.componentSize[c], when);
				assertEquals(fresh.componentMin[c], repaired.componentMin[c], when);
			}
			assertSameWays(fresh, repaired, trees, when);
		}
		assertTrue(repairs > 0 || network.getLinks().isEmpty(), "seed " + seed + ": no edit was repaired in place");
		leafRepairsSeen += leafRepairs;
	}

	/**
	 * Each node's way to each attachment of its domain is the same edge by edge (link and channel), in trees grown
	 * again or patched, and no other node is in them.
	 */
	private static void assertSameWays(L2Domains fresh, L2Domains repaired, DomainTrees trees, String when) {
		DomainTrees freshTrees = new DomainTrees(fresh);
		for (int root = fresh.bridgeNodes; root < fresh.nodeCount; root++) {
			DomainTrees.Tree expected = freshTrees.of(root);
			DomainTrees.Tree actual = trees.of(root);
			for (int node = 0; node < fresh.nodeCount; node++) {
				int e = expected.toward(node);
				int r = actual.toward(node);
				assertEquals(e == DomainTrees.Tree.ABSENT, r == DomainTrees.Tree.ABSENT, when + ": node " + node + " from " + root);
				if (e != DomainTrees.Tree.ABSENT) {
					assertEquals(e < 0 ? -1 : fresh.wires.order[e], r < 0 ? -1 : repaired.wires.order[r], when);
				}
			}
		}
	}

	private static String edit(Network network, Random random, List<Interface> ports, List<Link> links) {
		List<Link> all = network.getLinks();
		switch (random.nextInt(4)) {
		case 0 -> {
			if (all.isEmpty()) {
				return "nothing";
			}
			Link link = all.get(random.nextInt(all.size()));
			link.setEnabled(!link.isEnabled());
			links.add(link);
			return "toggling " + link.getId();
		}
		case 1 -> {
			Interface port = anyPort(network, random);
			if (port == null) {
				return "nothing";
			}
			if (port.getMode() == InterfaceMode.TRUNK) {
				port.setAllowedVlans(random.nextBoolean() ? null : "10,40");
			} else {
				port.setAccessVlan(new int[] { 10, 20, 30, 40, 50 }[random.nextInt(5)]);
			}
			ports.add(port);
			return "re-VLANing " + port.getId();
		}
		case 2 -> {
			Interface port = anyPort(network, random);
			if (port == null) {
				return "nothing";
			}
			port.setEnabled(!port.isEnabled());
			ports.add(port);
			return "toggling " + port.getId();
		}
		default -> {
			Interface port = anyPort(network, random);
			if (port == null || all.isEmpty()) {
				return "nothing";
			}
			Link link = all.get(random.nextInt(all.size()));
			link.setEnabled(!link.isEnabled());
			port.setEnabled(!port.isEnabled());
			ports.add(port);
			links.add(link);
			return "toggling " + link.getId() + " and " + port.getId();
		}
		}
	}

	private static Interface anyPort(Network network, Random random) {
		List<Interface> ports = network.getDevices().stream().map(Device::getInterfaces).flatMap(List::stream).toList();
		assertNotNull(ports);
		return ports.isEmpty() ? null : ports.get(random.nextInt(ports.size()));
	}
}
