package io.github.netreview.editor.proposals;

/** One thing re-analysis judged, and what it found. */
public record VerificationRow(String label, String value) {
}
