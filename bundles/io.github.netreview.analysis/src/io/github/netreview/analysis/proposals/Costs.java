package io.github.netreview.analysis.proposals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;

/** Counts what a change set does, item by item, for its {@link Cost}. */
final class Costs {

	private Costs() {
	}

	/** The cost of {@code edits}, named as in {@code before}, with the flows and devices its verification found it breaks, drops or cuts off. */
	static Cost of(List<ModelEdit> edits, ElementIds before, Verification verification) {
		Cost items = of(edits, before, verification.broken().size() + verification.brokenInferred().size());
		return new Cost(items.changes(), items.rulesAdded(), items.portsRetagged(), items.elementsAdded(), items.linksDisabled(),
				items.devicesReplaced(), items.brokenFlows(), verification.dropped().size(), verification.collateral().size());
	}

	static Cost of(List<ModelEdit> edits, ElementIds before, int brokenFlows) {
		int rules = 0;
		int ports = 0;
		int added = 0;
		int links = 0;
		Set<String> replaced = new HashSet<>();
		for (ModelEdit edit : edits) {
			if (edit instanceof CreateElement create) {
				if (create.type().equals("FirewallRule")) {
					rules++;
				} else {
					added++;
				}
			} else if (edit instanceof SetValue set) {
				Object element = before.contains(set.element()) ? before.get(set.element()) : null;
				if (set.feature().equals("accessVlan")) {
					ports++;
				} else if (element instanceof Link && set.feature().equals("enabled") && "false".equals(set.newValue())) {
					links++;
				} else if (element instanceof Device && set.feature().equals("manufacturer")) {
					replaced.add(set.element());
				}
			}
		}
		return new Cost(edits.size(), rules, ports, added, links, replaced.size(), brokenFlows);
	}
}
