package io.github.netreview.interchange.netbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.google.gson.JsonObject;

/** Pulls the records the import needs from a running NetBox, page by page, whole or selected by site and tenant. */
public final class NetboxClient {

	/** How many times a request is sent before a 429 or 5xx answer is final. */
	public static final int ATTEMPTS = NetboxHttp.ATTEMPTS;

	private static final int PAGE = 1000;
	private static final int IDS_PER_REQUEST = 100;

	/** Where NetBox is, how to reach it, and what to pull; {@code progress} receives a line after each page. */
	public record Options(String url, String token, List<String> sites, List<String> tenants, Path caCert, Duration timeout,
			Duration backoff, Consumer<String> progress) {
	}

	private final Options options;
	private final URI api;
	private final NetboxHttp http;
	private final NetboxRecords records;

	private NetboxClient(Options options, URI api, NetboxHttp http) {
		this.options = options;
		this.api = api;
		this.http = http;
		records = new NetboxRecords(api.getHost());
	}

	public static NetboxRecords pull(Options options) throws NetboxException {
		URI api = apiRoot(options.url());
		if (options.token() == null || options.token().isBlank()) {
			throw new NetboxException("no NetBox token: set NETBOX_TOKEN or give --token-file FILE");
		}
		if ("http".equals(api.getScheme())) {
			options.progress().accept("netbox: warning: " + api + " is not https, so the token travels unencrypted");
		}
		try (NetboxHttp http = new NetboxHttp(options)) {
			return new NetboxClient(options, api, http).pull();
		} catch (NetboxException e) {
			throw new NetboxException(e.getMessage().replace(options.token(), "***"));
		}
	}

	/** The API root for the address the user gave: https://netbox.example.com, .../netbox or .../api all work. */
	static URI apiRoot(String url) throws NetboxException {
		try {
			URI uri = new URI(url.strip());
			if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				throw new NetboxException("--url: '" + url + "' is not an http(s) address such as https://netbox.example.com");
			}
			String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
			path = path.endsWith("/api") ? path + "/" : path + "/api/";
			return new URI(uri.getScheme().toLowerCase(), uri.getRawAuthority(), path, null, null);
		} catch (URISyntaxException e) {
			throw new NetboxException("--url: '" + url + "' is not an address (" + e.getReason() + ")");
		}
	}

	private NetboxRecords pull() throws NetboxException {
		records.source(api.toString());
		if (options.sites().isEmpty() && options.tenants().isEmpty()) {
			for (Endpoint endpoint : Endpoint.values()) {
				fetch(endpoint, "");
			}
			return records;
		}
		records.filter(filterText());
		String bySiteAndTenant = parameters("site", options.sites()) + parameters("tenant", options.tenants());
		fetch(Endpoint.SITES, parameters("slug", options.sites()) + parameters("tenant", options.tenants()));
		fetch(Endpoint.VLAN_GROUPS, "");
		fetch(Endpoint.VLANS, bySiteAndTenant);
		fetch(Endpoint.DEVICES, bySiteAndTenant);
		fetchReferenced(Endpoint.SITES, referencedSites());
		Set<Long> devices = ids(Endpoint.DEVICES);
		fetchByIds(Endpoint.INTERFACES, "device_id", devices);
		fetchReferenced(Endpoint.VLANS, referencedVlans());
		fetchByIds(Endpoint.PREFIXES, "vlan_id", ids(Endpoint.VLANS));
		fetchByIds(Endpoint.IP_ADDRESSES, "device_id", devices);
		fetchByIds(Endpoint.CABLES, "device_id", devices);
		return records;
	}

	private String filterText() {
		List<String> parts = new ArrayList<>();
		options.sites().forEach(site -> parts.add("--site " + site));
		options.tenants().forEach(tenant -> parts.add("--tenant " + tenant));
		return String.join(" ", parts);
	}

	private static String parameters(String name, List<String> values) {
		StringBuilder query = new StringBuilder();
		values.forEach(value -> query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

	/** Reads every page of one query of {@code endpoint}, checking that NetBox's count was met. */
	private void fetch(Endpoint endpoint, String query) throws NetboxException {
		URI first = api.resolve(endpoint.path() + "/?limit=" + PAGE + query);
		Set<Long> read = new HashSet<>();
		Set<URI> visited = new HashSet<>();
		Long count = null;
		for (URI uri = first; uri != null;) {
			if (!visited.add(uri)) {
				throw new NetboxException(endpoint + ": NetBox's next link leads back to " + uri);
			}
			JsonObject page = http.page(uri);
			count = Json.number(page, "count");
			for (JsonObject record : Json.objects(page, "results")) {
				records.add(endpoint, record, uri.toString());
				read.add(Json.id(record));
			}
			options.progress().accept("netbox: " + endpoint + " " + read.size() + (count == null ? "" : "/" + count));
			String next = Json.nonBlank(page, "next");
			uri = next == null ? null : follow(next);
		}
		if (count != null && read.size() != count) {
			throw new NetboxException(endpoint + ": read " + read.size() + " of " + count + " records (count " + count + ") from " + first
					+ "; NetBox changed while it was read? run the import again");
		}
	}

	/** NetBox's next link on the address the user gave: a proxy may make NetBox write another scheme or host into it. */
	private URI follow(String next) throws NetboxException {
		try {
			URI link = new URI(next);
			return api.resolve(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new NetboxException("NetBox's next link '" + next + "' is not an address");
		}
	}

	private void fetchByIds(Endpoint endpoint, String parameter, Set<Long> ids) throws NetboxException {
		List<Long> all = new ArrayList<>(new TreeSet<>(ids));
		for (int from = 0; from < all.size(); from += IDS_PER_REQUEST) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_REQUEST)).stream().map(String::valueOf).toList();
			fetch(endpoint, parameters(parameter, chunk));
		}
	}

	/** Fetches records outside the filter that the records pulled refer to, and reports each. */
	private void fetchReferenced(Endpoint endpoint, Set<Long> referenced) throws NetboxException {
		referenced.removeAll(ids(endpoint));
		fetchByIds(endpoint, "id", referenced);
		for (Long id : referenced) {
			JsonObject record = records.get(endpoint, id);
			if (record != null) {
				records.report(endpoint + " " + ImportReport.label(endpoint, record) + ": outside " + records.filter()
						+ " but used by the records selected; fetched and imported");
			}
		}
	}

	private Set<Long> referencedSites() {
		Set<Long> ids = new HashSet<>();
		for (Endpoint endpoint : List.of(Endpoint.DEVICES, Endpoint.VLANS)) {
			records.of(endpoint).forEach(record -> addId(ids, Json.idOf(record, "site")));
		}
		return ids;
	}

	private Set<Long> referencedVlans() {
		Set<Long> ids = new HashSet<>();
		for (JsonObject port : records.of(Endpoint.INTERFACES)) {
			addId(ids, Json.idOf(port, "untagged_vlan"));
			Json.objects(port, "tagged_vlans").forEach(vlan -> addId(ids, Json.id(vlan)));
		}
		return ids;
	}

	private static void addId(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private Set<Long> ids(Endpoint endpoint) {
		Set<Long> ids = new HashSet<>();
		records.of(endpoint).forEach(record -> addId(ids, Json.id(record)));
		return ids;
	}
}
