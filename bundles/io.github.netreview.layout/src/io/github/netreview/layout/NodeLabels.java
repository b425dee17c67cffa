package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.build.DeviceLabel;
import io.github.netreview.model.build.LabelLines;
import io.github.netreview.model.build.TextWidths;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Named;

/** The text a drawing shows for a node: any name made visible and cut to fit its box; an unnamed element by its id. */
public final class NodeLabels {

	/** How many characters of a name a drawing shows (the tooltip has it whole). */
	private static final int NAME = 60;

	private NodeLabels() {
	}

	/** The name drawn for {@code element}; empty for none. */
	public static String name(Named element) {
		return element == null ? "" : SafeText.visible(SafeText.cut(ElementLabels.name(element), NAME, "…"));
	}

	/**
	 * The lines a device's box shows when {@code room} pixels are left for text: its name in full on one or two lines,
	 * then its maker's brand (its role when the make is not known).
	 */
	static List<String> deviceLines(Node node, int room) {
		DeviceLabel label = DeviceLabel.of(node);
		List<String> lines = new ArrayList<>(LabelLines.of(label.name(), room, TextWidths::of));
		lines.add(label.detail());
		return lines;
	}
}
