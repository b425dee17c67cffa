package io.github.netreview.interchange.netbox;

import static io.github.netreview.model.topology.DeviceRole.ACCESS_POINT;
import static io.github.netreview.model.topology.DeviceRole.CAMERA;
import static io.github.netreview.model.topology.DeviceRole.DATA_DIODE;
import static io.github.netreview.model.topology.DeviceRole.FIREWALL;
import static io.github.netreview.model.topology.DeviceRole.IOT;
import static io.github.netreview.model.topology.DeviceRole.NVR;
import static io.github.netreview.model.topology.DeviceRole.ROUTER;
import static io.github.netreview.model.topology.DeviceRole.SERVER;
import static io.github.netreview.model.topology.DeviceRole.SWITCH;
import static io.github.netreview.model.topology.DeviceRole.WORKSTATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.model.topology.DeviceRole;

/** Device roles from the words of a NetBox role's slug and name; roles earlier in the table win. */
final class DeviceRoles {

	private static final Map<DeviceRole, List<String>> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(DATA_DIODE, List.of("diode"));
		WORDS.put(FIREWALL, List.of("firewall", "firewalls", "fw", "ngfw", "utm"));
		WORDS.put(ROUTER, List.of("router", "routers", "rtr"));
		WORDS.put(NVR, List.of("nvr", "dvr", "recorder", "recorders", "vms"));
		WORDS.put(CAMERA, List.of("camera", "cameras", "cam", "cams", "cctv", "ipcam", "surveillance"));
		WORDS.put(ACCESS_POINT, List.of("ap", "aps", "wap", "accesspoint", "wireless", "wifi", "wlan"));
		WORDS.put(SWITCH, List.of("switch", "switches", "leaf", "spine", "tor"));
		WORDS.put(WORKSTATION, List.of("workstation", "workstations", "desktop", "desktops", "laptop", "laptops", "pc", "pcs"));
		WORDS.put(IOT, List.of("iot", "sensor", "sensors", "bms", "hvac"));
		WORDS.put(SERVER, List.of("server", "servers", "host", "hosts", "hypervisor", "storage", "nas", "compute"));
	}

	private DeviceRoles() {
	}

	/** The role the words of {@code slug} or {@code name} name, or empty. */
	static Optional<DeviceRole> of(String slug, String name) {
		List<String> words = Words.of(slug + " " + name);
		if (words.contains("access") && words.contains("point")) {
			return Optional.of(ACCESS_POINT);
		}
		for (Map.Entry<DeviceRole, List<String>> role : WORDS.entrySet()) {
			if (role.getValue().stream().anyMatch(words::contains)) {
				return Optional.of(role.getKey());
			}
		}
		return Optional.empty();
	}

	/** Whether the role is a patch panel's, a passive device whose ports the import follows rather than imports. */
	static boolean isPatchPanel(String slug, String name) {
		List<String> words = Words.of(slug + " " + name);
		return words.contains("patchpanel") || words.contains("patch") && words.contains("panel");
	}
}
