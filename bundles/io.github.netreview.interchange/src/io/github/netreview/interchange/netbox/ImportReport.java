package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

/** What the import tells the user: records reported with endpoint, id and why, warnings, and notes on how it read the network. */
public final class ImportReport {

	private final List<String> records = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<String> zones = new ArrayList<>();
	private final List<String> unsetZones = new ArrayList<>();
	private final List<String> interfaces = new ArrayList<>();
	private final List<String> routing = new ArrayList<>();

	/** Reports {@code record} of {@code endpoint}: "dcim/devices #17 'lobby-x': why". */
	void record(Endpoint endpoint, JsonObject record, String why) {
		records.add(endpoint + " " + label(endpoint, record) + ": " + why);
	}

	/** Reports a record already described. */
	void record(String line) {
		records.add(line);
	}

	void warning(String line) {
		warnings.add(line);
	}

	void zone(String line) {
		zones.add(line);
	}

	/** Notes a zone whose kind was left unset (judged core). */
	void unsetZone(String name) {
		unsetZones.add(name);
	}

	void interfaces(String line) {
		interfaces.add(line);
	}

	void routing(String line) {
		routing.add(line);
	}

	/** "#17 'name'": the record's id and what NetBox displays for it. */
	static String label(Endpoint endpoint, JsonObject record) {
		Long id = Json.id(record);
		String shown = switch (endpoint) {
		case INTERFACES -> joined(Json.nonBlank(Json.object(record, "device"), "name"), Json.nonBlank(record, "name"));
		case PREFIXES -> Json.nonBlank(record, "prefix");
		case IP_ADDRESSES -> Json.nonBlank(record, "address");
		case CABLES -> Json.nonBlank(record, "label");
		default -> Json.nonBlank(record, "name") != null ? Json.nonBlank(record, "name") : Json.nonBlank(record, "display");
		};
		return (id == null ? "(no id)" : "#" + id) + (shown == null ? "" : " '" + shown + "'");
	}

	private static String joined(String device, String name) {
		return device == null ? name : name == null ? device : device + " " + name;
	}

	public List<String> records() {
		return List.copyOf(records);
	}

	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/** One line per zone: its kind and why it got it. */
	public List<String> zones() {
		return List.copyOf(zones);
	}

	/** The zones whose kind nothing named, left unset. */
	public List<String> unsetZones() {
		return List.copyOf(unsetZones);
	}

	/** Subinterfaces folded into their parents and LAG members that took their LAG's VLANs. */
	public List<String> interfaces() {
		return List.copyOf(interfaces);
	}

	/** Which switches route and why. */
	public List<String> routing() {
		return List.copyOf(routing);
	}
}
