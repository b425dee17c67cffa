package io.github.netreview.model.build;

import java.util.Locale;

import io.github.netreview.model.Brands;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;

/**
 * What a device's box says: its name in full ("acc-sw-0042 · 20 endpoints" for a switch with its endpoints folded in),
 * its maker's brand under it (its role when the make is not known), and the maker's full name for the tooltip.
 */
public record DeviceLabel(String name, String detail, String maker) {

	/** Longer names than this are cut (the tooltip and Properties have them whole). */
	private static final int LONGEST = 120;

	/** The label of a device drawn with {@code folded} endpoints folded into it. */
	public static DeviceLabel of(Device device, int folded) {
		String name = SafeText.visible(SafeText.cut(ElementLabels.name(device), LONGEST, "…"));
		if (folded > 0) {
			name += " · " + folded + (folded == 1 ? " endpoint" : " endpoints");
		}
		String maker = SafeText.visible(device.getManufacturer());
		String brand = Brands.of(device.getManufacturer());
		return new DeviceLabel(name, brand.isEmpty() ? role(device.getRole()) : brand, maker);
	}

	/** The label of the device a node shows, counting the endpoints folded into it. */
	public static DeviceLabel of(Node node) {
		Device device = (Device) node.getElement();
		return of(device, node.isCollapsed() ? node.getChildren().size() : 0);
	}

	/** "Camera", "Access point", "NVR", "IoT device". */
	public static String role(DeviceRole role) {
		if (role == null) {
			return "Device";
		}
		String words = role.getLiteral().replace('_', ' ').toLowerCase(Locale.ROOT);
		return role == DeviceRole.NVR ? "NVR" : role == DeviceRole.IOT ? "IoT device" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
