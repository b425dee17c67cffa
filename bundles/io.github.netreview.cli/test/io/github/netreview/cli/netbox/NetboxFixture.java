package io.github.netreview.cli.netbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The campus export of examples/netbox-campus (three sites, a firewall and a router with 802.1Q subinterfaces, LAGs, a
 * patch panel, a WAN circuit, cameras of five makes), as NetBox 4 writes it, and ways to change a copy of it.
 */
public final class NetboxFixture {

	public static final Path CAMPUS = Path.of("../../examples/netbox-campus");

	private NetboxFixture() {
	}

	/** A copy of the campus export in {@code dir}. */
	public static Path copy(Path dir) {
		try (Stream<Path> files = Files.list(CAMPUS)) {
			for (Path file : files.toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
			return dir;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The campus export in {@code dir} as one list response per endpoint, named as the first NetBox importer read
	 * them (sites.json, vlan-groups.json, devices.json, ...), so that a test also shows what that importer made of it.
	 */
	public static Path oneFilePerEndpoint(Path dir) {
		String[][] files = { { "dcim_sites.json", "sites.json" }, { "ipam_vlan_groups.json", "vlan-groups.json" }, { "ipam_vlans.json", "vlans.json" },
				{ "ipam_prefixes.json", "prefixes.json" }, { "dcim_devices.json", "devices.json" }, { "dcim_interfaces.json", "interfaces.json" },
				{ "ipam_ip_addresses.json", "ip-addresses.json" }, { "dcim_cables.json", "cables.json" } };
		for (String[] file : files) {
			JsonObject list = read(CAMPUS.resolve(file[0])).getAsJsonObject();
			if (file[1].equals("interfaces.json")) {
				read(CAMPUS.resolve("dcim_interfaces_2.json")).getAsJsonObject().getAsJsonArray("results").forEach(list.getAsJsonArray("results")::add);
				list.add("next", com.google.gson.JsonNull.INSTANCE);
			}
			write(dir.resolve(file[1]), list);
		}
		return dir;
	}

	public static JsonElement read(Path file) {
		try {
			return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void write(Path file, JsonElement json) {
		try {
			Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(json), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Changes the list response in {@code file}. */
	public static void edit(Path file, Consumer<JsonObject> change) {
		JsonObject json = read(file).getAsJsonObject();
		change.accept(json);
		write(file, json);
	}

	/** Changes record {@code id} of the list response in {@code file}. */
	public static void editRecord(Path file, long id, Consumer<JsonObject> change) {
		edit(file, json -> change.accept(record(json, id)));
	}

	public static JsonObject record(JsonObject listResponse, long id) {
		for (JsonElement record : listResponse.getAsJsonArray("results")) {
			if (record.getAsJsonObject().get("id").getAsLong() == id) {
				return record.getAsJsonObject();
			}
		}
		throw new IllegalArgumentException("no record #" + id);
	}
}
