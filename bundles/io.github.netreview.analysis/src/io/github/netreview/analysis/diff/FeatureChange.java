package io.github.netreview.analysis.diff;

/**
 * One value of an element, before and after, as text (null: unset, or the element did not exist). Attributes are
 * written as in a model file, several values joined by ", "; references as the target's type, name and id
 * ({@code zone 'CCTV' (zone-cctv)}), and are compared by id, so renaming the target changes nothing here. Features
 * that are not in the model: {@value ModelDiff#CONTAINER} (the element that holds it) and {@value ModelDiff#SEGMENTS}
 * (the segments an end host is in, as its cabling and VLANs place it).
 */
public record FeatureChange(String feature, String before, String after) {
}
