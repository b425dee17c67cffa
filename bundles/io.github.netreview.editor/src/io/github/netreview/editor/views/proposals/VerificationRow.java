package io.github.netreview.editor.views.proposals;

/** One thing re-analysis judged, and what it found. */
public record VerificationRow(String label, String value) {
}
