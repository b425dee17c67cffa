package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.forwarding.CoreReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Adds, on the first filtering point of each restricted device's path to the core, a rule denying that device any
 * service to that core zone, ahead of the existing rules. The filtering point is the first firewall on the path, or
 * else the first router or layer-3 switch, where the rule goes into an access list applied inbound on the interface
 * the path enters by (allowing everything else), as a change request would configure it. Devices inside the core
 * have no path to filter, so this kind does not apply to them.
 */
final class DenyRulePlanner implements Planner {

	/** How often to look again for paths the rules added so far leave, such as to a second core zone or by another interface. */
	private static final int ROUNDS = 4;

	/** A restricted device's way into a core segment: the hops it takes. */
	private record Path(Device device, List<EObject> hops, Segment core) {
	}

	@Override
	public ProposalKind kind() {
		return ProposalKind.DENY_RULE;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment, ProposalTrials trials) {
		List<Path> paths = pathsOf(assessment);
		if (paths == null) {
			return Optional.empty();
		}
		List<ModelEdit> edits = new ArrayList<>();
		Set<String> filters = new LinkedHashSet<>();
		Set<String> created = new HashSet<>();
		int rules = 0;
		for (int round = 0; round < ROUNDS && !paths.isEmpty(); round++) {
			List<ModelEdit> more = new ArrayList<>();
			if (!denials(paths, more, filters, created, trials.ids())) {
				return Optional.empty();
			}
			rules += (int) more.stream().filter(e -> e instanceof CreateElement c && c.type().equals("FirewallRule")).count();
			edits.addAll(more);
			List<Device> devices = paths.stream().map(Path::device).toList();
			paths = trials.attempt(edits, trial -> remaining(trial.forwarding(), devices));
			if (paths == null) {
				return Optional.empty();
			}
		}
		if (edits.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Draft("Deny " + rules + (rules == 1 ? " restricted flow" : " restricted flows") + " at "
				+ CoreProblems.summary(List.copyOf(filters)),
				"First-match deny rules ahead of the existing ones stop each restricted device's traffic to each core zone where its"
						+ " path first crosses a firewall, or else a router or layer-3 switch, where they form the access list"
						+ " NETREVIEW-DENY applied inbound on the interface the path enters by; nothing else is filtered.",
				edits));
	}

	/** The core paths of the assessed restricted devices; null when one of them is in the core itself. */
	private static List<Path> pathsOf(Assessment assessment) {
		List<Path> paths = new ArrayList<>();
		for (Finding finding : CoreProblems.devices(assessment).values()) {
			if (finding.rule() != Rule.RESTRICTED_PATH_TO_CORE) {
				return null;
			}
			paths.add(new Path((Device) finding.subject(), finding.path(), (Segment) finding.elements().get(1)));
		}
		return paths;
	}

	/** The paths {@code devices} still have in {@code forwarding}; null when one of them is in the core itself. */
	private static List<Path> remaining(ForwardingAnalysis forwarding, List<Device> devices) {
		List<Path> paths = new ArrayList<>();
		for (Device device : devices) {
			if (CoreStatus.inCore(forwarding, device)) {
				return null;
			}
			CoreReach reach = forwarding.reachCore(device);
			if (reach.reachable()) {
				paths.add(new Path(device, reach.path(), reach.segment()));
			}
		}
		return paths;
	}

	/** Adds the deny rules for {@code paths}; false when some path has nothing to filter it, or only rules already added. */
	private static boolean denials(List<Path> paths, List<ModelEdit> edits, Set<String> filters, Set<String> created, ElementIds ids) {
		Map<List<EObject>, Set<List<EObject>>> denials = new LinkedHashMap<>();
		for (Path path : paths) {
			Device filter = filteringPoint(path.hops());
			if (filter == null || path.core().getZone() == null) {
				return false;
			}
			Interface ingress = filter.getRole() == DeviceRole.FIREWALL ? null : ingressOf(path.hops(), filter);
			List<EObject> where = new ArrayList<>();
			where.add(filter);
			where.add(ingress);
			denials.computeIfAbsent(where, f -> new LinkedHashSet<>()).add(List.of(path.device(), path.core().getZone()));
		}
		int before = edits.size();
		for (Map.Entry<List<EObject>, Set<List<EObject>>> entry : denials.entrySet()) {
			Device filter = (Device) entry.getKey().get(0);
			Interface ingress = (Interface) entry.getKey().get(1);
			String policy = policyOf(filter, edits, created);
			int position = 0;
			for (List<EObject> pair : entry.getValue()) {
				String id = unique("rule-deny-" + ((Device) pair.get(0)).getId() + "-" + ((Zone) pair.get(1)).getId() + "-at-"
						+ (ingress == null ? filter.getId() : ingress.getId()), ids, created);
				if (id != null) {
					edits.add(DenyRules.deny((Device) pair.get(0), (Zone) pair.get(1), policy, position++, id, ingress));
				}
			}
			filters.add(describe(ingress == null ? filter : ingress));
		}
		return edits.size() > before;
	}

	/** {@code id} when neither the network nor this change set uses it, null when this change set already made it. */
	private static String unique(String id, ElementIds ids, Set<String> created) {
		if (created.contains(id)) {
			return null;
		}
		String unused = ids.unused(id);
		created.add(unused);
		return unused;
	}

	/** The first firewall on the path, else the first routing device, else null. */
	private static Device filteringPoint(List<EObject> path) {
		Device router = null;
		for (int i = 1; i < path.size(); i++) {
			if (path.get(i) instanceof Device device) {
				if (device.getRole() == DeviceRole.FIREWALL && device.isRouting()) {
					return device;
				}
				if (router == null && device.isRouting()) {
					router = device;
				}
			}
		}
		return router;
	}

	/**
	 * The interface the path enters {@code router}'s routing by: its first interface on the path that is not a switch
	 * port (a routed port, subinterface or SVI), or null when the path shows none.
	 */
	private static Interface ingressOf(List<EObject> path, Device router) {
		boolean switches = router.getRole() == DeviceRole.SWITCH || router.getRole() == DeviceRole.ACCESS_POINT;
		for (EObject hop : path) {
			if (hop instanceof Interface port && port.getDevice() == router && (!switches || port.getMode() == InterfaceMode.ROUTED)) {
				return port;
			}
		}
		return null;
	}

	/** The id of the device's policy, adding the access list NETREVIEW-DENY (allow by default) when it has none. */
	private static String policyOf(Device device, List<ModelEdit> edits, Set<String> created) {
		if (device.getPolicy() != null) {
			return device.getPolicy().getId();
		}
		String id = device.getId() + "-acl";
		if (created.add(id)) {
			edits.add(DenyRules.allowByDefault(id, device.getId(), DenyRules.ACCESS_LIST));
		}
		return id;
	}
}
