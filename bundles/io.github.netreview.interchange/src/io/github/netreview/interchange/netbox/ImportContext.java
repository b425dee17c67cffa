package io.github.netreview.interchange.netbox;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonObject;

import io.github.netreview.model.build.NetworkBuilder;

/** What every step of one import shares: the records, the mapping, the report, the network being built and where each element came from. */
final class ImportContext {

	final NetboxRecords records;
	final NetboxMapping mapping;
	final ImportReport report = new ImportReport();
	final NetworkBuilder builder;
	/** The record each model element was made from, as "endpoint #id 'name'", to report problems found later. */
	final Map<EObject, String> origins = new HashMap<>();

	ImportContext(NetboxRecords records, NetboxMapping mapping) {
		this.records = records;
		this.mapping = mapping;
		builder = new NetworkBuilder("net-netbox", records.name());
	}

	void origin(EObject element, Endpoint endpoint, JsonObject record) {
		origins.put(element, endpoint + " " + ImportReport.label(endpoint, record));
	}

	/** Why a referenced record may be missing: " (outside --site hq?)" when the records were filtered, else "". */
	String outsideFilter() {
		return records.filter() == null ? "" : " (outside " + records.filter() + "?)";
	}
}
