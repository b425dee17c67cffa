package io.github.netreview.analysis.coverage;

import java.util.List;
import java.util.function.Supplier;

import io.github.netreview.analysis.findings.Severity;

/**
 * What an analysis could not judge: its gaps, worked out when first asked (a scan of the whole network, which the
 * incremental analyzer must not pay on every edit). A result with no gap is complete; one with gaps must never be
 * read as an all-clear.
 */
public final class Coverage {

	private final Supplier<List<Gap>> scan;
	private List<Gap> gaps;

	private Coverage(Supplier<List<Gap>> scan) {
		this.scan = scan;
	}

	/** The coverage {@code scan} works out, once, when first asked. */
	public static Coverage lazy(Supplier<List<Gap>> scan) {
		return new Coverage(scan);
	}

	/** The gaps, most serious first. */
	public synchronized List<Gap> gaps() {
		if (gaps == null) {
			gaps = List.copyOf(scan.get());
		}
		return gaps;
	}

	public boolean complete() {
		return gaps().isEmpty();
	}

	/** The gaps of {@code threshold} or worse. */
	public List<Gap> atLeast(Severity threshold) {
		return gaps().stream().filter(gap -> gap.severity().atLeast(threshold)).toList();
	}

	/** One line for a status bar or a summary: "coverage complete" or "coverage: 2 gaps (3 cameras have no enabled cable, ...)". */
	public String headline() {
		List<Gap> all = gaps();
		if (all.isEmpty()) {
			return "coverage complete";
		}
		StringBuilder text = new StringBuilder("coverage: ").append(all.size()).append(all.size() == 1 ? " gap (" : " gaps (");
		for (int i = 0; i < all.size(); i++) {
			Gap gap = all.get(i);
			text.append(i == 0 ? "" : "; ").append(gap.elements().size()).append(' ')
					.append(gap.elements().size() == 1 ? gap.kind().one() : gap.kind().many());
		}
		return text.append(')').toString();
	}
}
