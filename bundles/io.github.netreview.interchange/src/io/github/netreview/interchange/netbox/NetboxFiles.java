package io.github.netreview.interchange.netbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.github.netreview.interchange.text.Utf8Files;

/** NetBox API responses saved as files, each recognised by its records' url whatever it is called, pages merged and checked. */
public final class NetboxFiles {

	private NetboxFiles() {
	}

	public static NetboxRecords read(Path path) throws NetboxException {
		List<Path> files = files(path);
		Path name = path.toAbsolutePath().normalize().getFileName();
		NetboxRecords records = new NetboxRecords(name == null ? "netbox" : name.toString().replaceFirst("\\.json$", ""));
		Map<String, List<Page>> pages = new LinkedHashMap<>();
		for (Path file : files) {
			String source = file.getFileName().toString();
			records.source(source);
			for (Page page : FilePages.of(parse(file), source)) {
				pages.computeIfAbsent(FilePages.endpointOf(page), e -> new ArrayList<>()).add(page);
			}
		}
		Map<Endpoint, List<Page>> used = new EnumMap<>(Endpoint.class);
		pages.forEach((endpoint, list) -> Endpoint.ofPath(endpoint).ifPresentOrElse(e -> used.put(e, list),
				() -> list.forEach(page -> records.unused(endpoint, page.source()))));
		for (Map.Entry<Endpoint, List<Page>> entry : used.entrySet()) {
			for (Page page : entry.getValue()) {
				page.results().forEach(record -> records.add(entry.getKey(), record, page.source()));
			}
			Pagination.check(entry.getKey().path(), entry.getValue(), records.size(entry.getKey()));
		}
		return records;
	}

	private static List<Path> files(Path path) throws NetboxException {
		if (!Files.exists(path)) {
			throw new NetboxException(path + ": no such file or directory");
		}
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> children = Files.list(path)) {
			List<Path> files = children.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".json") && Files.isRegularFile(f))
					.sorted().toList();
			if (files.isEmpty()) {
				throw new NetboxException(path + ": no *.json files");
			}
			return files;
		} catch (IOException e) {
			throw new NetboxException(path + ": cannot be read (" + e.getMessage() + ")");
		}
	}

	private static JsonElement parse(Path file) throws NetboxException {
		try {
			return Json.parse(Utf8Files.read(file), file.toString());
		} catch (Utf8Files.Unreadable e) {
			throw new NetboxException(e.getMessage());
		}
	}

	/** Splits one file into pages of one endpoint each, and tells which endpoint a page holds. */
	static final class FilePages {

		private FilePages() {
		}

		static List<Page> of(JsonElement json, String source) throws NetboxException {
			if (json.isJsonArray()) {
				return byEndpoint(objects(json, source), source);
			}
			JsonObject object = json.isJsonObject() ? json.getAsJsonObject() : null;
			JsonElement results = object == null ? null : object.get("results");
			if (results == null || !results.isJsonArray()) {
				throw new NetboxException(source + ": not a NetBox list response (no \"results\" list) nor a JSON array of records");
			}
			Page page = new Page(source, Json.number(object, "count"), Json.nonBlank(object, "next"), Json.nonBlank(object, "previous"),
					objects(results, source));
			List<String> endpoints = page.results().stream().map(r -> Endpoint.pathOfUrl(Json.text(r, "url"))).filter(e -> e != null)
					.distinct().toList();
			if (endpoints.size() > 1) {
				throw new NetboxException(source + ": one list holds records of " + String.join(" and ", endpoints));
			}
			endpointOf(page);
			return List.of(page);
		}

		private static List<JsonObject> objects(JsonElement array, String source) throws NetboxException {
			List<JsonObject> objects = new ArrayList<>();
			int index = 0;
			for (JsonElement element : array.getAsJsonArray()) {
				if (!element.isJsonObject()) {
					throw new NetboxException(source + ": record " + (index + 1) + " of the list is not a JSON object");
				}
				objects.add(element.getAsJsonObject());
				index++;
			}
			return objects;
		}

		/** A bare array may mix endpoints; each gets a page of its own (without count or links). */
		private static List<Page> byEndpoint(List<JsonObject> records, String source) throws NetboxException {
			Map<String, List<JsonObject>> groups = new LinkedHashMap<>();
			for (JsonObject record : records) {
				String endpoint = Endpoint.pathOfUrl(Json.text(record, "url"));
				groups.computeIfAbsent(endpoint == null ? "" : endpoint, e -> new ArrayList<>()).add(record);
			}
			List<Page> pages = new ArrayList<>();
			for (Map.Entry<String, List<JsonObject>> group : groups.entrySet()) {
				Page page = new Page(source, null, null, null, group.getValue());
				pages.add(page);
				endpointOf(page);
			}
			return pages;
		}

		/** The endpoint of the records of {@code page}: from their url, else from the file's name. */
		static String endpointOf(Page page) throws NetboxException {
			for (JsonObject record : page.results()) {
				String endpoint = Endpoint.pathOfUrl(Json.text(record, "url"));
				if (endpoint != null) {
					return endpoint;
				}
			}
			Endpoint named = Endpoint.ofFileName(page.source()).orElse(null);
			if (named != null) {
				return named.path();
			}
			if (page.results().isEmpty()) {
				return "an empty list";
			}
			throw new NetboxException(page.source() + ": its records carry no url and the file name names no NetBox endpoint "
					+ "(such as dcim_devices.json or devices.json)");
		}
	}
}
