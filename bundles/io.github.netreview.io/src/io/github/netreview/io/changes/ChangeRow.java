package io.github.netreview.io.changes;

/**
 * One edit of a proposal in vendor-neutral terms: the device it concerns, the element, the attribute and the old and
 * new value (empty when there is none), and the index of the edit.
 */
public record ChangeRow(String device, String element, String attribute, String oldValue, String newValue, int edit) {
}
