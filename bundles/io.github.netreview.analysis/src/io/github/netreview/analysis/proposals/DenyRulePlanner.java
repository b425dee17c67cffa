package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Adds, on the first filtering point of each restricted device's path to the core, a rule denying that device any
 * service to that core zone, ahead of the existing rules. The filtering point is the first firewall on the path, or
 * else the first router, which gets an access list that allows everything else. Devices inside the core have no path
 * to filter, so this kind does not apply to them.
 */
final class DenyRulePlanner implements Planner {

	/** How often to look again for paths the rules added so far leave, such as to a second core zone. */
	private static final int ROUNDS = 4;

	private final Analyzer analyzer;

	DenyRulePlanner(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	@Override
	public ProposalKind kind() {
		return ProposalKind.DENY_RULE;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment) {
		List<ModelEdit> edits = new ArrayList<>();
		Set<String> filters = new LinkedHashSet<>();
		int rules = 0;
		Assessment current = assessment;
		for (int round = 0; round < ROUNDS && !current.coreProblems().isEmpty(); round++) {
			List<ModelEdit> more = new ArrayList<>();
			if (!denials(current, more, filters)) {
				return Optional.empty();
			}
			rules += (int) more.stream().filter(e -> e instanceof CreateElement c && c.type().equals("FirewallRule")).count();
			edits.addAll(more);
			current = Assessment.of(Verifier.applyToCopy(assessment.network(), edits), analyzer);
		}
		if (edits.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Draft("Deny " + rules + (rules == 1 ? " restricted flow" : " restricted flows") + " at "
				+ CoreProblems.summary(List.copyOf(filters)),
				"First-match deny rules ahead of the existing ones stop each restricted device's traffic to each core zone where its"
						+ " path first crosses a firewall or router; nothing else is filtered.",
				edits));
	}

	/** Adds the deny rules for the paths of one assessment; false when some path has nothing to filter it. */
	private static boolean denials(Assessment assessment, List<ModelEdit> edits, Set<String> filters) {
		Map<Device, Set<List<EObject>>> denials = new LinkedHashMap<>();
		for (Finding finding : CoreProblems.devices(assessment).values()) {
			if (finding.rule() != Rule.RESTRICTED_PATH_TO_CORE) {
				return false;
			}
			Device filter = filteringPoint(finding.path());
			Segment core = (Segment) finding.elements().get(1);
			if (filter == null || core.getZone() == null) {
				return false;
			}
			denials.computeIfAbsent(filter, f -> new LinkedHashSet<>()).add(List.of(finding.subject(), core.getZone()));
		}
		for (Map.Entry<Device, Set<List<EObject>>> entry : denials.entrySet()) {
			Device filter = entry.getKey();
			String policy = policyOf(filter, edits);
			int position = 0;
			for (List<EObject> pair : entry.getValue()) {
				Device source = (Device) pair.get(0);
				Zone zone = (Zone) pair.get(1);
				edits.add(DenyRules.deny(source, zone, policy, position++, filter.getId()));
			}
			filters.add(describe(filter));
		}
		return true;
	}

	/** The first firewall on the path, else the first routing device, else null. */
	private static Device filteringPoint(List<EObject> path) {
		Device router = null;
		for (int i = 1; i < path.size(); i++) {
			if (path.get(i) instanceof Device device) {
				if (device.getPolicy() != null) {
					return device;
				}
				if (router == null && device.isRouting()) {
					router = device;
				}
			}
		}
		return router;
	}

	/** The id of the device's policy, adding an allow-by-default access list when it has none. */
	private static String policyOf(Device device, List<ModelEdit> edits) {
		if (device.getPolicy() != null) {
			return device.getPolicy().getId();
		}
		String id = device.getId() + "-acl";
		edits.add(DenyRules.allowByDefault(id, device.getId(), ElementLabels.name(device) + " access list"));
		return id;
	}
}
