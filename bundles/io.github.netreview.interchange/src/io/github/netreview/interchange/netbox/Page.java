package io.github.netreview.interchange.netbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonObject;

/** One NetBox list response, or a bare JSON array of records (no count, no links), read from a file or a URL. */
record Page(String source, Long count, String next, String previous, List<JsonObject> results) {

	/** The offset of this page's first record, from its links (NetBox's limit/offset pagination), or null when unknown. */
	Integer offset() {
		if (next != null) {
			Integer offset = parameter(next, "offset");
			Integer limit = parameter(next, "limit");
			return offset == null || limit == null ? null : Math.max(0, offset - limit);
		}
		if (previous != null) {
			Integer offset = parameter(previous, "offset");
			Integer limit = parameter(previous, "limit");
			return limit == null ? null : (offset == null ? 0 : offset) + limit;
		}
		return 0;
	}

	/** The offset the page after this one starts at, or null when there is none or it is unknown. */
	Integer nextOffset() {
		return next == null ? null : parameter(next, "offset");
	}

	/** A whole-number query parameter of {@code url}, or null. */
	static Integer parameter(String url, String name) {
		int query = url.indexOf('?');
		if (query < 0) {
			return null;
		}
		for (String pair : url.substring(query + 1).split("&")) {
			int equals = pair.indexOf('=');
			String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			if (key.equals(name) && value.matches("\\d{1,9}")) {
				return Integer.valueOf(value);
			}
		}
		return null;
	}
}
