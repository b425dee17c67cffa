package io.github.netreview.layout;

import java.util.Locale;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Named;

/** The text a drawing shows for a node: any name made visible and cut to fit its box; an unnamed element by its id. */
public final class NodeLabels {

	/** How many characters of a name a drawing shows (the tooltip has it whole). */
	private static final int NAME = 60;
	/** How many characters of the role and make fit under a device's name, with the ellipsis (or one more without). */
	private static final int DETAIL = 27;

	private NodeLabels() {
	}

	/** The name drawn for {@code element}; empty for none. */
	public static String name(Named element) {
		return element == null ? "" : SafeText.visible(SafeText.cut(ElementLabels.name(element), NAME, "…"));
	}

	/** The line under a device's name: its role and make. */
	static String detail(Device device) {
		String detail = device.getRole().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ (device.getManufacturer() == null ? "" : ", " + device.getManufacturer());
		return SafeText.visible(detail.length() > DETAIL + 1 ? SafeText.cut(detail, DETAIL, "…") : detail);
	}
}
