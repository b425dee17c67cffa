package io.github.netreview.analysis.findings;

import java.util.Comparator;

import io.github.netreview.model.ElementLabels;

/** The order findings are reported in: most severe first, then by rule, then by the element they are about. */
public final class FindingOrder {

	/** A finding's place in the order. */
	public record Key(int severity, int rule, String subject) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::severity).thenComparingInt(Key::rule)
				.thenComparing(Key::subject);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}
	}

	private FindingOrder() {
	}

	public static Key keyOf(Finding finding) {
		String subject = ElementLabels.describe(finding.subject());
		if (finding.rule() == Rule.CONDUIT_VIOLATION) {
			subject += " -> " + ElementLabels.describe(finding.elements().get(1)); // one finding per pair of zones
		}
		return new Key(-finding.severity().ordinal(), finding.rule().ordinal(), subject);
	}
}
