package io.github.netreview.model.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * The size a device's box needs for its label, and where the label goes in it: the role glyph on the left, the name on
 * one or two lines and the brand under it to the right. The diagram builder, the layout and the editor's figures all
 * size boxes here, so that what dot places is what the editor draws.
 */
public final class NodeSizes {

	public static final int MIN_WIDTH = 150;
	public static final int MIN_HEIGHT = 60;
	/** Where the text starts, right of the role glyph and its badge. */
	public static final int TEXT_LEFT = 50;
	/** Room kept right of the text. */
	public static final int TEXT_RIGHT = 8;
	/** Room kept above and below the text. */
	public static final int TEXT_MARGIN = 4;
	/** The border a box's figure draws inside its bounds. */
	public static final int FRAME = 3;
	/** The widest a name's lines may make a box; longer names are cut there. */
	public static final int MAX_WIDTH = 360;

	/** Sizes already computed: a diagram asks again each time a node is drawn anew. */
	private static final Map<DeviceLabel, int[]> KNOWN = new ConcurrentHashMap<>();
	private static final int KEPT = 50_000;

	private NodeSizes() {
	}

	/** {width, height} of a box holding {@code label}. */
	public static int[] of(DeviceLabel label) {
		if (KNOWN.size() > KEPT) {
			KNOWN.clear();
		}
		return KNOWN.computeIfAbsent(label, NodeSizes::measure).clone();
	}

	private static int[] measure(DeviceLabel label) {
		int minRoom = MIN_WIDTH - TEXT_LEFT - TEXT_RIGHT;
		int room = Math.max(minRoom, Math.max(LabelLines.room(label.name(), TextWidths::of), TextWidths.of(label.detail())));
		int width = Math.min(MAX_WIDTH, TEXT_LEFT + room + TEXT_RIGHT);
		List<String> lines = LabelLines.of(label.name(), width - TEXT_LEFT - TEXT_RIGHT, TextWidths::of);
		int height = 2 * TEXT_MARGIN + (lines.size() + 1) * TextWidths.LINE + 2 * FRAME;
		return new int[] { width, Math.max(MIN_HEIGHT, height) };
	}

	/** {width, height} a node is drawn at: at least its own size and, for a device, what its label needs. */
	public static int[] fit(Node node) {
		if (!(node.getElement() instanceof Device) || !node.getChildren().isEmpty() && !node.isCollapsed()) {
			return new int[] { node.getWidth(), node.getHeight() };
		}
		int[] needed = of(DeviceLabel.of(node));
		return new int[] { Math.max(node.getWidth(), needed[0]), Math.max(node.getHeight(), needed[1]) };
	}
}
