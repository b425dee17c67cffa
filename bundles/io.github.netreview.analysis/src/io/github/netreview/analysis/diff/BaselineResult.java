package io.github.netreview.analysis.diff;

import com.google.gson.JsonObject;

/**
 * One result of an earlier run, as its SARIF log gives it: the rule, NetReview's partial fingerprint
 * ({@value FindingKey#FINGERPRINT}, null when absent), the id of the element it is about (its first logical location's
 * fully qualified name), the message, the level and NetReview's severity (null when absent), whether it was
 * suppressed, and the result itself, for writing it again as absent.
 */
public record BaselineResult(String ruleId, String fingerprint, String subjectId, String message, String level, String severity,
		boolean suppressed, JsonObject sarif) {
}
