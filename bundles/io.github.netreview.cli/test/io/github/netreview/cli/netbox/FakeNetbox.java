package io.github.netreview.cli.netbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A NetBox for tests on a free local port: serves an export's records as NetBox 4's REST API does (limit/offset pages
 * no larger than {@link #maxPageSize}, the filters the import uses), checks the Authorization header, records every
 * request, and serves queued {@link Fault}s first.
 */
public final class FakeNetbox implements AutoCloseable {

	/** One request as the server saw it. */
	public record Request(String pathAndQuery, String authorization) {
	}

	/** A response served instead of the real one; {@code hang} accepts the request and never answers. */
	public record Fault(int status, Map<String, String> headers, String body, boolean hang) {

		public static Fault status(int status, String body) {
			return new Fault(status, Map.of(), body, false);
		}

		public static Fault tooManyRequests(String retryAfter) {
			return new Fault(429, Map.of("Retry-After", retryAfter), "{\"detail\":\"Request was throttled.\"}", false);
		}

		public static Fault noAnswer() {
			return new Fault(0, Map.of(), "", true);
		}
	}

	private static final Set<String> PAGING = Set.of("limit", "offset", "brief");

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final CountDownLatch closed = new CountDownLatch(1);
	private final Map<String, List<JsonObject>> records = new LinkedHashMap<>();
	private final ConcurrentLinkedDeque<Fault> faults = new ConcurrentLinkedDeque<>();
	public final List<Request> requests = new CopyOnWriteArrayList<>();
	private final String authorization;
	/** The page size NetBox caps ?limit at (MAX_PAGE_SIZE); small, so that the import has to follow next. */
	public int maxPageSize = 7;
	/** The scheme and host NetBox writes into next links, as a reverse proxy may make it; null for the server's own. */
	public String linkBase = "http://netbox.internal:8080";

	private FakeNetbox(HttpServer server, Path export, String authorization) throws IOException {
		this.server = server;
		this.authorization = authorization;
		load(export);
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	/** A NetBox over plain HTTP serving {@code export}, which accepts only {@code authorization}. */
	public static FakeNetbox http(Path export, String authorization) throws IOException {
		return new FakeNetbox(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), export, authorization);
	}

	/** The same over HTTPS with the server certificate of {@code tls}. */
	public static FakeNetbox https(Path export, String authorization, SSLContext tls) throws IOException {
		HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		return new FakeNetbox(server, export, authorization);
	}

	public String url() {
		return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
	}

	public void fail(Fault... queued) {
		faults.addAll(List.of(queued));
	}

	/** The requests made for {@code endpoint} (such as dcim/devices). */
	public List<String> requestsFor(String endpoint) {
		return requests.stream().map(Request::pathAndQuery).filter(p -> p.startsWith("/api/" + endpoint + "/")).toList();
	}

	private void load(Path export) throws IOException {
		try (Stream<Path> files = Files.list(export)) {
			for (Path file : files.sorted().toList()) {
				for (JsonElement record : NetboxFixture.read(file).getAsJsonObject().getAsJsonArray("results")) {
					String url = record.getAsJsonObject().get("url").getAsString();
					String endpoint = url.replaceFirst("^.*/api/", "").replaceFirst("/\\d+/$", "");
					records.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(record.getAsJsonObject());
				}
			}
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getRawQuery();
		requests.add(new Request(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
				exchange.getRequestHeaders().getFirst("Authorization")));
		Fault fault = faults.poll();
		if (fault != null && fault.hang()) {
			await();
			return;
		}
		if (fault != null) {
			fault.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			respond(exchange, fault.status(), fault.body());
		} else if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			respond(exchange, 403, "{\"detail\": \"Invalid v1 token\"}");
		} else {
			list(exchange, query);
		}
	}

	private void await() {
		try {
			closed.await(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void list(HttpExchange exchange, String query) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String endpoint = path.startsWith("/api/") && path.endsWith("/") ? path.substring(5, path.length() - 1) : null;
		List<JsonObject> all = endpoint == null ? null : records.get(endpoint);
		if (all == null) {
			respond(exchange, 404, "{\"detail\": \"Not found.\"}");
			return;
		}
		Map<String, List<String>> parameters = parameters(query);
		List<JsonObject> selected = all.stream().filter(record -> matches(endpoint, record, parameters)).toList();
		int limit = Math.min(maxPageSize, Integer.parseInt(first(parameters, "limit", "50")));
		int offset = Integer.parseInt(first(parameters, "offset", "0"));
		JsonObject page = new JsonObject();
		page.addProperty("count", selected.size());
		page.addProperty("next", offset + limit < selected.size() ? link(exchange, endpoint, parameters, limit, offset + limit) : null);
		page.addProperty("previous", offset > 0 ? link(exchange, endpoint, parameters, limit, Math.max(0, offset - limit)) : null);
		JsonArray results = new JsonArray();
		selected.subList(Math.min(offset, selected.size()), Math.min(offset + limit, selected.size())).forEach(results::add);
		page.add("results", results);
		respond(exchange, 200, page.toString());
	}

	private String link(HttpExchange exchange, String endpoint, Map<String, List<String>> parameters, int limit, int offset) {
		StringBuilder link = new StringBuilder(linkBase != null ? linkBase : url()).append("/api/").append(endpoint).append("/?limit=").append(limit);
		parameters.forEach((name, values) -> {
			if (!PAGING.contains(name)) {
				values.forEach(value -> link.append('&').append(name).append('=').append(value));
			}
		});
		return link.append(offset > 0 ? "&offset=" + offset : "").toString();
	}

	/** NetBox's filters as the import uses them. */
	private static boolean matches(String endpoint, JsonObject record, Map<String, List<String>> parameters) {
		for (Map.Entry<String, List<String>> filter : parameters.entrySet()) {
			List<String> wanted = filter.getValue();
			boolean match = switch (filter.getKey()) {
			case "limit", "offset", "brief" -> true;
			case "id" -> wanted.contains(text(record, "id"));
			case "slug" -> wanted.contains(text(record, "slug"));
			case "site" -> wanted.contains(text(record.getAsJsonObject().get("site"), "slug"));
			case "tenant" -> wanted.contains(text(record.get("tenant"), "slug"));
			case "vlan_id" -> wanted.contains(text(record.get("vlan"), "id"));
			case "device_id" -> devicesOf(endpoint, record).stream().anyMatch(wanted::contains);
			default -> true;
			};
			if (!match) {
				return false;
			}
		}
		return true;
	}

	private static List<String> devicesOf(String endpoint, JsonObject record) {
		List<String> devices = new ArrayList<>();
		switch (endpoint) {
		case "dcim/interfaces" -> devices.add(text(record.get("device"), "id"));
		case "ipam/ip-addresses" -> devices.add(record.get("assigned_object").isJsonObject()
				? text(record.getAsJsonObject("assigned_object").get("device"), "id") : null);
		case "dcim/cables" -> {
			for (String side : List.of("a_terminations", "b_terminations")) {
				record.getAsJsonArray(side).forEach(end -> devices.add(text(end.getAsJsonObject().getAsJsonObject("object").get("device"), "id")));
			}
		}
		default -> {
		}
		}
		return devices;
	}

	private static String text(JsonElement object, String field) {
		if (object == null || !object.isJsonObject()) {
			return null;
		}
		JsonElement value = object.getAsJsonObject().get(field);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static String first(Map<String, List<String>> parameters, String name, String otherwise) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() ? otherwise : values.get(0);
	}

	private static Map<String, List<String>> parameters(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
		}
		return parameters;
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		closed.countDown();
		server.stop(0);
		executor.shutdownNow();
	}
}
