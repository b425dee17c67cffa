package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.google.gson.JsonObject;

/** NetBox records by endpoint, merged by id and in id order, with where they came from and what was not used. */
public final class NetboxRecords {

	private final String name;
	private final Map<Endpoint, SortedMap<Long, JsonObject>> records = new EnumMap<>(Endpoint.class);
	private final Set<String> sources = new LinkedHashSet<>();
	private final Map<String, Set<String>> unused = new TreeMap<>();
	private final List<String> reported = new ArrayList<>();
	private String filter;

	/** Records to be read from {@code name} (a directory, a file or a NetBox address), which also names the network. */
	public NetboxRecords(String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	/** Adds {@code record}; false when the endpoint already holds a record with its id, or it has none (then it is reported). */
	boolean add(Endpoint endpoint, JsonObject record, String source) {
		Long id = Json.id(record);
		if (id == null) {
			reported.add(endpoint + " (" + source + "): a record without an id; not imported");
			return false;
		}
		return records.computeIfAbsent(endpoint, e -> new TreeMap<>()).putIfAbsent(id, record) == null;
	}

	void source(String source) {
		sources.add(source);
	}

	/** Notes that {@code source} holds records of {@code endpointPath}, which the import does not use. */
	void unused(String endpointPath, String source) {
		unused.computeIfAbsent(endpointPath, p -> new LinkedHashSet<>()).add(source);
	}

	/** Reports a record that was read but cannot be imported, or one read from outside the filter. */
	void report(String line) {
		reported.add(line);
	}

	/** Remembers the filter the records were pulled with, such as "--site hq", for the import's messages. */
	void filter(String filter) {
		this.filter = filter;
	}

	/** The records of {@code endpoint} in id order. */
	public Collection<JsonObject> of(Endpoint endpoint) {
		return records.getOrDefault(endpoint, new TreeMap<>()).values();
	}

	public JsonObject get(Endpoint endpoint, Long id) {
		return id == null ? null : records.getOrDefault(endpoint, new TreeMap<>()).get(id);
	}

	public int size(Endpoint endpoint) {
		return of(endpoint).size();
	}

	/** The files (or the address) the records came from. */
	public List<String> sources() {
		return List.copyOf(sources);
	}

	/** Endpoints read but not used, each with the files that hold them. */
	public Map<String, Set<String>> unused() {
		return unused;
	}

	/** Lines about records that were read but could not be kept (before the import looked at them). */
	public List<String> reported() {
		return List.copyOf(reported);
	}

	/** The filter the records were pulled with, or null for all of NetBox. */
	public String filter() {
		return filter;
	}
}
