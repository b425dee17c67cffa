package io.github.netreview.report;

/** The edits of the example headquarters that a check against its earlier log shows in every baseline state. */
public final class BaselineEdits {

	private BaselineEdits() {
	}

	/**
	 * The headquarters' text with waiver-2 extended to 2027-12-31 (its expiry finding gone, its camera's finding now
	 * waived) and ws-01 recorded as made by Hikvision (new findings).
	 */
	public static String apply(String hq) {
		String extended = hq.replace("expiry=\"2025-12-31\"", "expiry=\"2027-12-31\"");
		String relabelled = extended.replace("name=\"ws-01\" role=\"WORKSTATION\" manufacturer=\"Dell Inc.\"",
				"name=\"ws-01\" role=\"WORKSTATION\" manufacturer=\"Hangzhou Hikvision Digital Technology Co., Ltd.\"");
		if (extended.equals(hq) || relabelled.equals(extended)) {
			throw new IllegalStateException("the example headquarters changed: its waiver-2 or ws-01 is no longer as these edits expect");
		}
		return relabelled;
	}
}
