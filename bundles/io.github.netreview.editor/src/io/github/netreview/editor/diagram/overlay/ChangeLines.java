package io.github.netreview.editor.diagram.overlay;

import java.util.stream.Collectors;

import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.model.SafeText;

/** An element change in words, as the Changes view lists it and the diagram's tooltips show it. */
public final class ChangeLines {

	private ChangeLines() {
	}

	/**
	 * Its features: each value of an added or removed element ("role CAMERA, zone 'CCTV' (zone-cctv)"), each old and new
	 * value of a moved or changed one ("accessVlan 30 -> 40").
	 */
	public static String features(ElementChange change) {
		return switch (change.kind()) {
		case ADDED -> change.features().stream().map(f -> f.feature() + " " + f.after()).collect(Collectors.joining(", "));
		case REMOVED -> change.features().stream().map(f -> f.feature() + " " + f.before()).collect(Collectors.joining(", "));
		case MOVED, CHANGED -> change.features().stream().map(ChangeLines::oldToNew).collect(Collectors.joining("; "));
		};
	}

	/** One short line for a tooltip: "moved interface 'acc-sw-02 Gi1/0/30' (...): accessVlan 30 -> 40". */
	static String line(ElementChange change) {
		String features = features(change);
		String line = change.kind().name().toLowerCase() + " " + change.label() + (features.isEmpty() ? "" : ": " + features);
		return SafeText.cut(SafeText.visible(line), EditLines.LONGEST - 3);
	}

	private static String oldToNew(FeatureChange change) {
		return change.feature() + " " + shown(change.before()) + " -> " + shown(change.after());
	}

	private static String shown(String value) {
		return value == null ? "(none)" : value;
	}
}
