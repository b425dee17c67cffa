package io.github.netreview.analysis.diff;

import java.util.List;

/**
 * What happened to one element between two versions of a network: added, removed, changed, or moved, with the
 * features concerned. {@code type} is the element's class in the model ({@code Device}), {@code id} its id (for an
 * element without one, its place: the container's id, the feature and the position, {@code pol-fw/rules.3}),
 * {@code label} how messages name it (in the new version, or the base one when it was removed).
 * <p>
 * An element both moved and changed otherwise has one change of each kind: moves list only the features that place
 * it, changes the others.
 */
public record ElementChange(Kind kind, String type, String id, String label, List<FeatureChange> features) {

	/** The kinds of change, in the order an element's changes are listed. */
	public enum Kind {
		/** Only in the new version; its features are the values it was given. */
		ADDED,
		/** Only in the base version; its features are the values it had. */
		REMOVED,
		/** In both, placed elsewhere: another zone or site, VLAN, segment, or container. */
		MOVED,
		/** In both, with other values. */
		CHANGED
	}

	public ElementChange {
		features = List.copyOf(features);
	}

	/** The change of {@code feature}, or null when it did not change. */
	public FeatureChange feature(String feature) {
		return features.stream().filter(change -> change.feature().equals(feature)).findFirst().orElse(null);
	}
}
