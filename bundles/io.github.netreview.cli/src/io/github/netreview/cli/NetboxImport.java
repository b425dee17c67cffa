package io.github.netreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Builds a network from NetBox REST API list responses ({@code {"count":..,"results":[..]}}): one endpoint's file, or a
 * directory of them (sites.json, devices.json, interfaces.json, cables.json, vlans.json, vlan-groups.json, prefixes.json,
 * ip-addresses.json; manufacturers, device types and tags are read from the nested objects). How NetBox maps:
 * <ul>
 * <li>a VLAN's zone is its {@code zone:NAME} tag, else its VLAN group's, else the group's name, else "Unzoned SITE";
 * the zone's kind is a {@code zone-kind:KIND} tag on the VLAN or group (else USER); CORE kinds are core zones;</li>
 * <li>each VLAN is a segment of its site, with the prefixes that name it;</li>
 * <li>a device's role comes from its NetBox role slug (camera, nvr, switch, router, firewall, server, workstation,
 * access point, iot, diode words), its zone from a {@code zone:NAME} tag or its first access VLAN;</li>
 * <li>interface modes access / tagged / tagged-all become access ports and trunks; a switch's virtual interface
 * with an address is an SVI; a site tagged {@code sensitive} is sensitive.</li>
 * </ul>
 * A mapping file ({@code {"roles":{"slug":"CAMERA"},"zones":{"name":"CORE"}}}) overrides roles and zone kinds.
 * Malformed or dangling records are reported with their endpoint and NetBox id and skipped.
 */
final class NetboxImport {

	private final Path directory;
	private final Map<String, String> roleMapping;
	private final Map<String, String> zoneMapping;
	private final NetworkBuilder builder;
	private final List<String> skipped = new ArrayList<>();
	private final Map<Long, Site> sites = new HashMap<>();
	private final Map<Long, JsonObject> groups = new HashMap<>();
	private final Map<String, Zone> zones = new LinkedHashMap<>();
	private final Map<Long, Segment> segments = new HashMap<>();
	private final Map<Long, Integer> vids = new HashMap<>();
	private final Map<Long, Device> devices = new HashMap<>();
	private final Map<Long, Interface> interfaces = new HashMap<>();

	private NetboxImport(Path directory, Map<String, String> roleMapping, Map<String, String> zoneMapping) {
		this.directory = directory;
		this.roleMapping = roleMapping;
		this.zoneMapping = zoneMapping;
		builder = new NetworkBuilder("net-netbox", directory.toAbsolutePath().getFileName().toString());
	}

	/** The network and the records skipped, each as "endpoint #id: why". */
	record Result(Network network, List<String> skipped) {
	}

	static Result read(Path directory, Path mapping) throws IOException {
		Map<String, String> roles = new HashMap<>();
		Map<String, String> zones = new HashMap<>();
		if (mapping != null) {
			JsonObject json = parse(mapping).getAsJsonObject();
			strings(json.getAsJsonObject("roles"), roles);
			strings(json.getAsJsonObject("zones"), zones);
		}
		return new NetboxImport(directory, roles, zones).run();
	}

	private static void strings(JsonObject object, Map<String, String> into) {
		if (object != null) {
			object.entrySet().forEach(entry -> into.put(entry.getKey(), entry.getValue().getAsString()));
		}
	}

	private Result run() throws IOException {
		each("sites", this::site);
		each("vlan-groups", group -> groups.put(id(group), group));
		each("vlans", this::vlan);
		each("prefixes", this::prefix);
		each("devices", this::device);
		each("interfaces", this::port);
		each("ip-addresses", this::address);
		each("cables", this::cable);
		return new Result(builder.network(), List.copyOf(skipped));
	}

	private interface RecordReader {
		void read(JsonObject record);
	}

	private void each(String endpoint, RecordReader reader) throws IOException {
		Path file = Files.isDirectory(directory) ? directory.resolve(endpoint + ".json") : directory;
		if (!Files.exists(file) || !file.getFileName().toString().equals(endpoint + ".json")) {
			return;
		}
		JsonElement json = parse(file);
		JsonElement results = json.isJsonObject() ? json.getAsJsonObject().get("results") : null;
		if (results == null || !results.isJsonArray()) {
			throw new IOException(file + ": not a NetBox list response (no \"results\" list)");
		}
		JsonArray records = results.getAsJsonArray();
		for (int i = 0; i < records.size(); i++) {
			JsonElement element = records.get(i);
			try {
				reader.read(element.getAsJsonObject());
			} catch (RuntimeException e) {
				String id = element.isJsonObject() && element.getAsJsonObject().has("id") ? "#" + element.getAsJsonObject().get("id") : "[" + i + "]";
				skipped.add(endpoint + " " + id + ": " + e.getMessage());
			}
		}
	}

	private static JsonElement parse(Path file) throws IOException {
		try {
			return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
		} catch (JsonParseException e) {
			throw new IOException(file + ": not JSON: " + e.getMessage(), e);
		}
	}

	private void site(JsonObject record) {
		sites.put(id(record), builder.site("site-" + id(record), text(record, "name"), null, hasTag(record, "sensitive")));
	}

	private void vlan(JsonObject record) {
		int vid = record.get("vid").getAsInt();
		JsonObject siteRef = optionalObject(record, "site");
		JsonObject groupRef = optionalObject(record, "group");
		Site site = siteRef != null ? sites.get(id(siteRef)) : null;
		JsonObject group = groupRef != null ? groups.get(id(groupRef)) : null;
		String zoneName = tagValue(record, "zone:");
		if (zoneName == null && group != null) {
			zoneName = tagValue(group, "zone:") != null ? tagValue(group, "zone:") : text(group, "name");
		}
		if (zoneName == null) {
			zoneName = "Unzoned " + (site == null ? "" : site.getName());
		}
		String kind = tagValue(record, "zone-kind:");
		if (kind == null && group != null) {
			kind = tagValue(group, "zone-kind:");
		}
		Zone zone = zone(zoneName, kind, site);
		segments.put(id(record), builder.segment("seg-" + id(record), text(record, "name"), zone, site, vid));
		vids.put(id(record), vid);
	}

	private Zone zone(String name, String kind, Site site) {
		return zones.computeIfAbsent(name, n -> {
			String chosen = zoneMapping.getOrDefault(n, kind == null ? "USER" : kind);
			ZoneKind zoneKind = ZoneKind.valueOf(chosen.toUpperCase(Locale.ROOT).replace('-', '_'));
			return builder.zone("zone-" + (zones.size() + 1), n, zoneKind, site, null);
		});
	}

	private void prefix(JsonObject record) {
		JsonObject vlan = optionalObject(record, "vlan");
		if (vlan != null) {
			Segment segment = segments.get(id(vlan));
			if (segment == null) {
				throw new IllegalArgumentException("names VLAN #" + id(vlan) + ", which is not in vlans.json");
			}
			segment.getPrefixes().add(text(record, "prefix"));
		}
	}

	private void device(JsonObject record) {
		String name = text(record, "name");
		if (name == null) {
			throw new IllegalArgumentException("has no name");
		}
		JsonObject type = object(record, "device_type");
		JsonObject named = optionalObject(record, "role");
		JsonObject role = named != null ? named : object(record, "device_role");
		JsonObject site = object(record, "site");
		Site ownSite = sites.get(id(site));
		if (ownSite == null) {
			throw new IllegalArgumentException("is at site #" + id(site) + ", which is not in sites.json");
		}
		String maker = type.has("manufacturer") ? text(type.getAsJsonObject("manufacturer"), "name") : null;
		String zoneName = tagValue(record, "zone:");
		Device device = builder.device("dev-" + id(record), name, role(text(role, "slug")), maker, text(type, "model"), ownSite,
				zoneName == null ? null : zone(zoneName, null, ownSite));
		devices.put(id(record), device);
	}

	private DeviceRole role(String slug) {
		String mapped = roleMapping.get(slug);
		if (mapped != null) {
			return DeviceRole.valueOf(mapped.toUpperCase(Locale.ROOT));
		}
		String s = slug == null ? "" : slug.toLowerCase(Locale.ROOT);
		if (s.contains("camera") || s.contains("cctv")) {
			return DeviceRole.CAMERA;
		}
		if (s.contains("nvr") || s.contains("recorder")) {
			return DeviceRole.NVR;
		}
		if (s.contains("firewall")) {
			return DeviceRole.FIREWALL;
		}
		if (s.contains("router")) {
			return DeviceRole.ROUTER;
		}
		if (s.contains("access-point") || s.equals("ap") || s.contains("wireless")) {
			return DeviceRole.ACCESS_POINT;
		}
		if (s.contains("switch")) {
			return DeviceRole.SWITCH;
		}
		if (s.contains("diode")) {
			return DeviceRole.DATA_DIODE;
		}
		if (s.contains("workstation") || s.contains("desktop") || s.contains("laptop")) {
			return DeviceRole.WORKSTATION;
		}
		if (s.contains("iot") || s.contains("sensor") || s.contains("bms")) {
			return DeviceRole.IOT;
		}
		return DeviceRole.SERVER;
	}

	private void port(JsonObject record) {
		JsonObject owner = object(record, "device");
		Device device = devices.get(id(owner));
		if (device == null) {
			throw new IllegalArgumentException("belongs to device #" + id(owner) + ", which was not imported");
		}
		JsonObject modeRef = optionalObject(record, "mode");
		JsonObject untaggedRef = optionalObject(record, "untagged_vlan");
		JsonObject type = optionalObject(record, "type");
		String mode = modeRef != null ? text(modeRef, "value") : null;
		Integer untagged = untaggedRef != null ? vids.get(id(untaggedRef)) : null;
		boolean virtual = type != null && "virtual".equals(text(type, "value"));
		InterfaceMode kind = "tagged".equals(mode) || "tagged-all".equals(mode) ? InterfaceMode.TRUNK
				: virtual ? InterfaceMode.ROUTED : InterfaceMode.ACCESS;
		Interface port = builder.port(device, text(record, "name"), kind);
		if (kind == InterfaceMode.TRUNK) {
			port.setNativeVlan(untagged);
			if ("tagged".equals(mode)) {
				List<String> allowed = new ArrayList<>();
				for (JsonElement tagged : record.getAsJsonArray("tagged_vlans")) {
					allowed.add(Integer.toString(vids.get(id(tagged.getAsJsonObject()))));
				}
				port.setAllowedVlans(String.join(",", allowed));
			}
		} else if (virtual) {
			port.setAccessVlan(vlanOfName(text(record, "name")));
		} else {
			port.setAccessVlan(untagged);
			if (device.getZone() == null && untagged != null && device.getRole() != DeviceRole.SWITCH) {
				device.setZone(zoneOfVlan(untagged, device.getSite()));
			}
		}
		port.setEnabled(!record.has("enabled") || record.get("enabled").getAsBoolean());
		JsonObject primaryMac = optionalObject(record, "primary_mac_address");
		String mac = record.has("mac_address") && !record.get("mac_address").isJsonNull() ? record.get("mac_address").getAsString()
				: primaryMac != null ? text(primaryMac, "mac_address") : null;
		if (mac != null) {
			port.setMac(MacAddress.parse(mac).toString());
		}
		interfaces.put(id(record), port);
	}

	/** The VLAN an SVI named like Vlan30 or vlan.30 serves, or null. */
	private static Integer vlanOfName(String name) {
		String digits = name == null ? "" : name.replaceAll("^(?i)vlan\\D*", "");
		return digits.matches("\\d{1,4}") ? Integer.valueOf(digits) : null;
	}

	private Zone zoneOfVlan(int vid, Site site) {
		for (Segment segment : segments.values()) {
			if (segment.getVlanId() != null && segment.getVlanId() == vid && segment.getSite() == site) {
				return segment.getZone();
			}
		}
		return null;
	}

	private void address(JsonObject record) {
		if (!"dcim.interface".equals(text(record, "assigned_object_type"))) {
			return;
		}
		Interface port = interfaces.get(record.get("assigned_object_id").getAsLong());
		if (port == null) {
			throw new IllegalArgumentException("is assigned to interface #" + record.get("assigned_object_id") + ", which was not imported");
		}
		port.getAddresses().add(text(record, "address"));
		if (port.getMode() == InterfaceMode.ROUTED && port.getDevice().getRole() == DeviceRole.SWITCH) {
			port.getDevice().setRouting(true); // a layer-3 switch: an addressed SVI routes between its VLANs
		}
	}

	private void cable(JsonObject record) {
		Interface a = termination(record, "a_terminations");
		Interface b = termination(record, "b_terminations");
		Link link = builder.link("link-" + id(record), a, b, Medium.COPPER);
		JsonObject statusRef = optionalObject(record, "status");
		String status = statusRef != null ? text(statusRef, "value") : "connected";
		link.setEnabled("connected".equals(status));
	}

	private Interface termination(JsonObject record, String side) {
		JsonArray terminations = record.getAsJsonArray(side);
		if (terminations == null || terminations.isEmpty()) {
			throw new IllegalArgumentException("has no " + side);
		}
		JsonObject end = terminations.get(0).getAsJsonObject();
		if (!"dcim.interface".equals(text(end, "object_type"))) {
			throw new IllegalArgumentException("ends at a " + text(end, "object_type") + ", not an interface");
		}
		Interface port = interfaces.get(end.get("object_id").getAsLong());
		if (port == null) {
			throw new IllegalArgumentException("ends at interface #" + end.get("object_id") + ", which was not imported");
		}
		return port;
	}

	/** The object in {@code field}, or null when the field is missing or holds something else. */
	private static JsonObject optionalObject(JsonObject record, String field) {
		JsonElement value = record.get(field);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
	}

	private static JsonObject object(JsonObject record, String field) {
		JsonElement value = record.get(field);
		if (value == null || !value.isJsonObject()) {
			throw new IllegalArgumentException("has no " + field);
		}
		return value.getAsJsonObject();
	}

	private static long id(JsonObject record) {
		JsonElement id = record.get("id");
		if (id == null || id.isJsonNull()) {
			throw new IllegalArgumentException("has no id");
		}
		return id.getAsLong();
	}

	private static String text(JsonObject record, String field) {
		JsonElement value = record.get(field);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static boolean hasTag(JsonObject record, String name) {
		JsonArray tags = record.has("tags") && record.get("tags").isJsonArray() ? record.getAsJsonArray("tags") : new JsonArray();
		for (JsonElement tag : tags) {
			if (name.equalsIgnoreCase(text(tag.getAsJsonObject(), "name"))) {
				return true;
			}
		}
		return false;
	}

	/** The rest of the first tag named {@code prefix}..., such as "core" for zone:core, or null. */
	private static String tagValue(JsonObject record, String prefix) {
		JsonArray tags = record.has("tags") && record.get("tags").isJsonArray() ? record.getAsJsonArray("tags") : new JsonArray();
		for (JsonElement tag : tags) {
			String name = text(tag.getAsJsonObject(), "name");
			if (name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return null;
	}
}
