package io.github.netreview.analysis.findings;

/** How serious a finding is, least first. */
public enum Severity {
	INFO, WARNING, ERROR, CRITICAL;

	/** Whether this severity is {@code threshold} or worse. */
	public boolean atLeast(Severity threshold) {
		return compareTo(threshold) >= 0;
	}
}
