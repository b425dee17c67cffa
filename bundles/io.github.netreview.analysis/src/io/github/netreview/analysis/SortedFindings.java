package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingOrder;

/**
 * Findings in report order, in arrays rather than a tree so that taking the whole list is one copy: a finding is
 * placed and removed by binary search on its key, after the findings with an equal key.
 */
final class SortedFindings {

	/** A finding and its place in the order. */
	record Placed(FindingOrder.Key key, Finding finding) {
	}

	private final List<FindingOrder.Key> keys = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();

	Placed add(Finding finding) {
		FindingOrder.Key key = FindingOrder.keyOf(finding);
		int at = firstAfter(key, true);
		keys.add(at, key);
		findings.add(at, finding);
		return new Placed(key, finding);
	}

	void remove(Placed placed) {
		for (int at = firstAfter(placed.key(), false); at < keys.size() && keys.get(at).equals(placed.key()); at++) {
			if (findings.get(at) == placed.finding()) {
				keys.remove(at);
				findings.remove(at);
				return;
			}
		}
	}

	void clear() {
		keys.clear();
		findings.clear();
	}

	List<Finding> toList() {
		return List.copyOf(findings);
	}

	/** The first index whose key is after {@code key} (or, when {@code orEqual} is false, not before it). */
	private int firstAfter(FindingOrder.Key key, boolean orEqual) {
		int low = 0;
		int high = keys.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			int order = keys.get(middle).compareTo(key);
			if (order < 0 || orEqual && order == 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
