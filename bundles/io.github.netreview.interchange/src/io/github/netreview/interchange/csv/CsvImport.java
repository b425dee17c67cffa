package io.github.netreview.interchange.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.netreview.interchange.text.StorableText;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Reads a network from the {@link CsvColumns} format. Every bad row is reported with its line and what is wrong; if
 * there is any, nothing is returned, so no half-built model is ever written.
 */
public final class CsvImport {

	/** The rows that could not be read, each as "FILE:LINE: problem". */
	public static final class BadRows extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		BadRows(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		/** Each problem as "FILE:LINE: problem", in file order. */
		public List<String> problems() {
			return problems;
		}
	}

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

	private final Path file;
	private final NetworkBuilder builder;
	private final Map<String, Site> sites = new HashMap<>();
	private final Map<String, Zone> zones = new HashMap<>();
	private final Map<String, Device> devices = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	private CsvImport(Path file) {
		this.file = file;
		String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
		builder = new NetworkBuilder("net-" + name.replaceAll("[^A-Za-z0-9_-]", "-"), name);
	}

	public static Network read(Path file) throws BadRows {
		return new CsvImport(file).network();
	}

	private Network network() throws BadRows {
		for (CsvTable.Row row : CsvTable.read(file, problems)) {
			try {
				row(row);
			} catch (IllegalArgumentException e) {
				problems.add(file + ":" + row.line() + ": " + e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRows(problems);
		}
		return builder.network();
	}

	private void row(CsvTable.Row row) {
		StorableText.check(row.values());
		switch (row.get("kind").strip().toLowerCase(Locale.ROOT)) {
		case "segment" -> builder.segment(id(row), required(row, "name"), zone(row), site(row), vlan(row.get("vlan")),
				words(row.get("addresses")));
		case "device" -> device(row);
		case "interface" -> port(row);
		case "link" -> link(row);
		default -> throw new IllegalArgumentException("unknown kind " + echo(row.get("kind")) + " (segment, device, interface or link)");
		}
	}

	private void device(CsvTable.Row row) {
		String id = id(row);
		if (devices.containsKey(id)) {
			throw new IllegalArgumentException("device id " + echo(id) + " appears twice");
		}
		Device device = builder.device(id, required(row, "name"), literal(DeviceRole.class, row, "role"), blankToNull(row.get("manufacturer")),
				blankToNull(row.get("model")), site(row), zone(row));
		devices.put(id, device);
	}

	private void port(CsvTable.Row row) {
		Device device = devices.get(required(row, "device"));
		if (device == null) {
			throw new IllegalArgumentException("interface of unknown device " + echo(row.get("device")) + " (list the device first)");
		}
		String name = required(row, "name");
		if (device.getInterfaces().stream().anyMatch(p -> name.equals(p.getName()))) {
			throw new IllegalArgumentException(ElementLabels.name(device) + " already has an interface " + echo(name));
		}
		String mac = mac(blankToNull(row.get("mac")));
		String allowed = blankToNull(row.get("allowed_vlans"));
		if (allowed != null && !allowed.strip().equalsIgnoreCase("all")) {
			vlanList(allowed);
		}
		Interface port = builder.port(device, name, row.get("mode").isBlank() ? InterfaceMode.ACCESS : literal(InterfaceMode.class, row, "mode"));
		port.setAccessVlan(vlan(row.get("vlan")));
		port.setNativeVlan(vlan(row.get("native_vlan")));
		port.setAllowedVlans(allowed);
		port.setMac(mac);
		port.getAddresses().addAll(List.of(words(row.get("addresses"))));
		port.setEnabled(!row.get("enabled").strip().equalsIgnoreCase("false"));
	}

	private void link(CsvTable.Row row) {
		Interface a = end(row, "end_a");
		Interface b = end(row, "end_b");
		Link link = builder.link(id(row), a, b, Medium.COPPER);
		link.setName(blankToNull(row.get("name")));
		link.setEnabled(!row.get("enabled").strip().equalsIgnoreCase("false"));
		if (!row.get("direction").isBlank()) {
			link.setDirection(literal(LinkDirection.class, row, "direction"));
		}
	}

	private Interface end(CsvTable.Row row, String column) {
		String text = required(row, column);
		int colon = text.indexOf(':');
		Device device = colon < 0 ? null : devices.get(text.substring(0, colon));
		if (device == null) {
			throw new IllegalArgumentException(column + " " + echo(text) + " names no listed device (write device-id:interface-name)");
		}
		String name = text.substring(colon + 1);
		return device.getInterfaces().stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(column + " " + echo(text) + ": " + ElementLabels.name(device) + " has no interface " + echo(name)));
	}

	private Site site(CsvTable.Row row) {
		String name = blankToNull(row.get("site"));
		return name == null ? null : sites.computeIfAbsent(name, n -> builder.site("site-" + (sites.size() + 1), n, null, false));
	}

	private Zone zone(CsvTable.Row row) {
		String name = blankToNull(row.get("zone"));
		if (name == null) {
			return null;
		}
		Zone known = zones.get(name);
		if (known != null) {
			return known;
		}
		boolean unstated = row.get("zone_kind").isBlank();
		ZoneKind kind = unstated ? ZoneKind.CORE : literal(ZoneKind.class, row, "zone_kind");
		Zone zone = builder.zone("zone-" + (zones.size() + 1), name, kind, site(row), null);
		if (unstated) {
			zone.unsetKind(); // judged core and reported by check, rather than quietly taken for a user zone
		}
		zones.put(name, zone);
		return zone;
	}

	private static Integer vlan(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		int vlan;
		try {
			vlan = Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("VLAN " + echo(text) + " is not a number");
		}
		if (!VlanList.isValidId(vlan)) {
			throw new IllegalArgumentException("VLAN " + vlan + " is outside 1-4094");
		}
		return vlan;
	}

	private static String mac(String text) {
		if (text == null) {
			return null;
		}
		MacAddress mac = MacAddress.parseOrNull(text);
		if (mac == null) {
			throw new IllegalArgumentException("mac " + echo(text) + " is not a MAC address (expected six hexadecimal octets, such as 4C:BD:8F:12:34:56)");
		}
		return mac.toString();
	}

	private static void vlanList(String text) {
		try {
			VlanList.parse(text);
		} catch (SyntaxException e) {
			// the parser's message quotes the whole list, which may be long
			throw new IllegalArgumentException(text.length() <= SafeText.ECHOED ? "allowed_vlans " + e.getMessage()
					: "allowed_vlans " + echo(text) + " is not a VLAN list such as 10,20,100-199");
		}
	}

	private static <E extends Enum<E>> E literal(Class<E> type, CsvTable.Row row, String column) {
		String text = row.get(column).strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		try {
			return Enum.valueOf(type, text);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(column + " " + echo(row.get(column)) + " is not one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

	/** The row's id, which a model file writes unquoted in references, so it keeps to letters, digits, '.', '-' and '_'. */
	private static String id(CsvTable.Row row) {
		String id = required(row, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id " + echo(id) + " may hold only letters, digits, '.', '-' and '_'");
		}
		return id;
	}

	private static String required(CsvTable.Row row, String column) {
		String value = row.get(column);
		if (value.isBlank()) {
			throw new IllegalArgumentException(column + " is empty");
		}
		return value;
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	private static String echo(String value) {
		return SafeText.echo(value);
	}

	private static String[] words(String text) {
		return text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
	}
}
