package io.github.netreview.io.changes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.ProposalException;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Network;

/**
 * A change set translated: the configuration per device, the rollback per device, and both as neutral rows. The
 * change is translated from the network to a copy with the edits made, the rollback from that copy back with the
 * inverse edits; {@code network} itself is not touched.
 */
record Translated(List<DeviceConfig> configuration, List<DeviceConfig> rollback, List<ChangeRow> changes, List<ChangeRow> rollbackChanges) {

	static Translated of(Network network, String proposalId, List<ModelEdit> edits) {
		ElementIds before = ElementIds.of(network);
		Network changed = applied(network, edits);
		AclNames aclNames = new AclNames(proposalId, createdPolicies(edits));
		List<DeviceConfig> configuration = new Translation(network, changed, aclNames).run(edits, tags(edits.size(), false));
		List<DeviceConfig> rollback = new Translation(changed, network, aclNames).run(InverseEdits.of(edits, before), tags(edits.size(), true));
		List<ChangeRow> rows = NeutralTable.of(edits, before, ElementIds.of(changed));
		return new Translated(configuration, rollback, rows, NeutralTable.reversed(rows));
	}

	/** A copy of the network with the edits made; an edit that does not apply is left out of the copy (it is still translated). */
	private static Network applied(Network network, List<ModelEdit> edits) {
		Network copy = EcoreUtil.copy(network);
		ElementIds ids = ElementIds.of(copy);
		for (ModelEdit edit : edits) {
			try {
				edit.apply(ids);
			} catch (ProposalException | IllegalArgumentException e) {
				// a verified proposal applies: this is an edit the copy cannot follow, translated from its own values
			}
		}
		return copy;
	}

	private static Set<String> createdPolicies(List<ModelEdit> edits) {
		Set<String> ids = new LinkedHashSet<>();
		for (ModelEdit edit : edits) {
			if (edit instanceof CreateElement create && create.type().equals("FirewallPolicy")) {
				ids.add(create.id());
			}
		}
		return ids;
	}

	/** The edit each translated edit carries out: itself, or for the rollback's inverse edits (last first) its original. */
	private static int[] tags(int count, boolean reversed) {
		int[] tags = new int[count];
		for (int i = 0; i < count; i++) {
			tags[i] = reversed ? count - 1 - i : i;
		}
		return tags;
	}
}
