package io.github.netreview.interchange.netbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.github.netreview.interchange.text.Utf8Files;

import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.ZoneKind;

/** The --mapping file: roles by NetBox role, zone kinds by zone name, sensitive sites, and routing by device name. */
public final class NetboxMapping {

	private static final Set<String> KEYS = Set.of("roles", "zones", "sensitiveSites", "routing");

	private final String file;
	private final Map<String, DeviceRole> roles = new LinkedHashMap<>();
	private final Map<String, ZoneKind> zones = new LinkedHashMap<>();
	private final Map<String, String> sensitiveSites = new LinkedHashMap<>();
	private final Map<String, Boolean> routing = new LinkedHashMap<>();
	private final Set<String> used = new HashSet<>();
	/** Each key as the file spells it, for messages. */
	private final Map<String, String> spelling = new LinkedHashMap<>();

	private NetboxMapping(String file) {
		this.file = file;
	}

	/** No mapping: every rule of the import applies as it is. */
	public static NetboxMapping none() {
		return new NetboxMapping(null);
	}

	public static NetboxMapping read(Path path) throws NetboxException {
		String text;
		try {
			text = Utf8Files.read(path);
		} catch (Utf8Files.Unreadable e) {
			throw new NetboxException(e.getMessage());
		}
		JsonElement json = Json.parse(text, path.toString());
		if (!json.isJsonObject()) {
			throw new NetboxException(path + ": expected a JSON object with roles, zones, sensitiveSites or routing");
		}
		NetboxMapping mapping = new NetboxMapping(path.toString());
		mapping.load(json.getAsJsonObject());
		return mapping;
	}

	private void load(JsonObject json) throws NetboxException {
		for (String key : json.keySet()) {
			if (!KEYS.contains(key)) {
				throw error(key, "unknown key (expected roles, zones, sensitiveSites, routing)");
			}
		}
		for (Map.Entry<String, String> entry : strings(json, "roles").entrySet()) {
			roles.put(key(entry.getKey()), constant(DeviceRole.class, "roles." + entry.getKey(), entry.getValue()));
		}
		for (Map.Entry<String, String> entry : strings(json, "zones").entrySet()) {
			zones.put(key(entry.getKey()), constant(ZoneKind.class, "zones." + entry.getKey(), entry.getValue()));
		}
		for (Map.Entry<String, JsonElement> entry : object(json, "routing").entrySet()) {
			routing.put(key(entry.getKey()), bool("routing." + entry.getKey(), entry.getValue()));
		}
		JsonElement sites = json.get("sensitiveSites");
		if (sites != null && !sites.isJsonNull()) {
			if (!sites.isJsonArray()) {
				throw error("sensitiveSites", "expected a list of site names or slugs");
			}
			for (JsonElement site : sites.getAsJsonArray()) {
				if (!site.isJsonPrimitive() || !((JsonPrimitive) site).isString()) {
					throw error("sensitiveSites", "expected a list of site names or slugs, found " + found(site));
				}
				sensitiveSites.put(key(site.getAsString()), site.getAsString());
			}
		}
	}

	private JsonObject object(JsonObject json, String key) throws NetboxException {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			return new JsonObject();
		}
		if (!value.isJsonObject()) {
			throw error(key, "expected an object");
		}
		return value.getAsJsonObject();
	}

	private Map<String, String> strings(JsonObject json, String key) throws NetboxException {
		Map<String, String> strings = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> entry : object(json, key).entrySet()) {
			JsonElement value = entry.getValue();
			if (!value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
				throw error(key + "." + entry.getKey(), "expected a string, found " + found(value));
			}
			strings.put(entry.getKey(), value.getAsString());
		}
		return strings;
	}

	private <E extends Enum<E>> E constant(Class<E> type, String key, String value) throws NetboxException {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		} catch (IllegalArgumentException e) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw error(key, SafeText.echo(value) + " is not one of " + allowed);
		}
	}

	private Boolean bool(String key, JsonElement value) throws NetboxException {
		if (!value.isJsonPrimitive() || !((JsonPrimitive) value).isBoolean()) {
			throw error(key, "expected true or false, found " + found(value));
		}
		return value.getAsBoolean();
	}

	/** A JSON value as an error shows it: its JSON text, cut to {@link SafeText#ECHOED} characters. */
	private static String found(JsonElement value) {
		return SafeText.cut(value.toString(), SafeText.ECHOED);
	}

	private NetboxException error(String key, String problem) {
		return new NetboxException(file + ": " + SafeText.cut(key, SafeText.ECHOED) + ": " + problem);
	}

	/** The lower-case key of a mapping entry; remembers how the file spells it. */
	private String key(String text) {
		spelling.putIfAbsent(lower(text), text);
		return lower(text);
	}

	private static String lower(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	/** The role mapped for a NetBox role, by its slug or its name. */
	Optional<DeviceRole> role(String slug, String name) {
		for (String candidate : new String[] { slug, name }) {
			DeviceRole role = roles.get(lower(candidate));
			if (role != null) {
				used.add("roles/" + lower(candidate));
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	Optional<ZoneKind> zoneKind(String zoneName) {
		ZoneKind kind = zones.get(lower(zoneName));
		if (kind != null) {
			used.add("zones/" + lower(zoneName));
		}
		return Optional.ofNullable(kind);
	}

	/** Whether the site, by its name or slug, is listed as sensitive. */
	boolean sensitive(String name, String slug) {
		for (String candidate : new String[] { name, slug }) {
			if (sensitiveSites.containsKey(lower(candidate))) {
				used.add("sensitiveSites/" + lower(candidate));
				return true;
			}
		}
		return false;
	}

	Optional<Boolean> routing(String deviceName) {
		Boolean routes = routing.get(lower(deviceName));
		if (routes != null) {
			used.add("routing/" + lower(deviceName));
		}
		return Optional.ofNullable(routes);
	}

	/** One line for each entry that matched nothing in the import. */
	List<String> unused() {
		List<String> lines = new ArrayList<>();
		unused(lines, "roles", roles.keySet(), "names no device role read");
		unused(lines, "zones", zones.keySet(), "names no zone of the import");
		unused(lines, "sensitiveSites", sensitiveSites.keySet(), "names no site read; no site was made sensitive by it");
		unused(lines, "routing", routing.keySet(), "names no device read");
		return lines;
	}

	private void unused(List<String> lines, String section, Set<String> keys, String what) {
		for (String key : keys) {
			if (!used.contains(section + "/" + key)) {
				lines.add(file + ": " + section + " '" + spelling.getOrDefault(key, key) + "' " + what);
			}
		}
	}
}
