package io.github.netreview.interchange.netbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
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

	/** Removes record {@code id} from the list response in {@code file}, lowering its count. */
	public static void removeRecord(Path file, long id) {
		edit(file, json -> {
			JsonArray results = json.getAsJsonArray("results");
			results.remove(record(json, id));
			json.addProperty("count", json.get("count").getAsLong() - 1);
		});
	}

	public static JsonObject record(JsonObject listResponse, long id) {
		for (JsonElement record : listResponse.getAsJsonArray("results")) {
			if (record.getAsJsonObject().get("id").getAsLong() == id) {
				return record.getAsJsonObject();
			}
		}
		throw new IllegalArgumentException("no record #" + id);
	}

	/** A NetBox tag as nested in records: {"id","url","display","name","slug","color"}. */
	public static JsonObject tag(String name) {
		JsonObject tag = new JsonObject();
		tag.addProperty("id", 900 + Math.abs(name.hashCode() % 99));
		tag.addProperty("url", "https://netbox.example.gov.uk/api/extras/tags/900/");
		tag.addProperty("display", name);
		tag.addProperty("name", name);
		tag.addProperty("slug", name.toLowerCase().replaceAll("[^a-z0-9-]", ""));
		tag.addProperty("color", "9e9e9e");
		return tag;
	}
}
