package io.github.netreview.interchange.netbox;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** GETs NetBox list pages with the token, TLS verified, timeouts, and retries on 429 and 5xx; failures name the URL, never the token. */
final class NetboxHttp implements AutoCloseable {

	static final int ATTEMPTS = 5;
	private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(2);

	private final HttpClient client;
	private final String authorization;
	private final Duration timeout;
	private final Duration backoff;

	NetboxHttp(NetboxClient.Options options) throws NetboxException {
		client = HttpClient.newBuilder().connectTimeout(options.timeout()).sslContext(TrustedCertificates.context(options.caCert()))
				.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
		authorization = (options.token().startsWith("nbt_") ? "Bearer " : "Token ") + options.token();
		timeout = options.timeout();
		backoff = options.backoff();
	}

	/** The list response at {@code uri}. */
	JsonObject page(URI uri) throws NetboxException {
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = send(uri);
			int status = response.statusCode();
			if (status == 200) {
				return list(response.body(), uri);
			}
			if ((status == 429 || status >= 500) && attempt < ATTEMPTS) {
				pause(delay(response, attempt, uri));
				continue;
			}
			throw new NetboxException(failure(response, uri, attempt));
		}
	}

	private HttpResponse<String> send(URI uri) throws NetboxException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", authorization)
				.header("Accept", "application/json").GET().build();
		CompletableFuture<HttpResponse<String>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			throw new NetboxException("NetBox did not answer within " + seconds(timeout) + " for " + uri + " (a slow NetBox? raise --timeout)");
		} catch (ExecutionException e) {
			throw new NetboxException(unreachable(e.getCause(), uri));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new NetboxException("interrupted while reading " + uri);
		}
	}

	private String unreachable(Throwable cause, URI uri) {
		for (Throwable c = cause; c != null; c = c.getCause()) {
			if (c instanceof HttpConnectTimeoutException) {
				return "could not connect to NetBox within " + seconds(timeout) + " for " + uri;
			}
			if (c instanceof HttpTimeoutException) {
				return "NetBox did not answer within " + seconds(timeout) + " for " + uri + " (a slow NetBox? raise --timeout)";
			}
			if (c instanceof SSLException) {
				return tlsFailure(c, uri);
			}
			if (c instanceof ConnectException) {
				return "could not connect to NetBox at " + uri + " (connection refused)";
			}
			if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
				return "could not connect to NetBox at " + uri + " (unknown host " + uri.getHost() + ")";
			}
		}
		return "could not read " + uri + " (" + plain(cause) + ")";
	}

	private static String tlsFailure(Throwable failure, URI uri) {
		for (Throwable c = failure; c != null; c = c.getCause()) {
			String message = String.valueOf(c.getMessage());
			if (c instanceof CertificateExpiredException) {
				return "NetBox's TLS certificate has expired: " + uri;
			}
			if (c instanceof CertificateException && (message.contains("subject alternative") || message.contains("No name matching"))) {
				return "NetBox's TLS certificate does not name " + uri.getHost() + ": " + uri;
			}
			if (message.contains("PKIX") || message.contains("certification path")) {
				return "NetBox's TLS certificate is not trusted: " + uri + " (for a private certificate authority use --ca-cert FILE)";
			}
		}
		return "the TLS handshake with NetBox failed for " + uri + " (" + plain(failure) + ")";
	}

	/** An exception's message without Java class names. */
	private static String plain(Throwable failure) {
		String message = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
		message = message.replaceAll("([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "").strip();
		return message.isEmpty() ? "no reason given" : message;
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
	}

	private static JsonObject list(String body, URI uri) throws NetboxException {
		JsonElement json = Json.parse(body, "NetBox's answer to " + uri);
		if (!json.isJsonObject() || !json.getAsJsonObject().has("results") || !json.getAsJsonObject().get("results").isJsonArray()) {
			throw new NetboxException("NetBox's answer to " + uri + " is not a list (no \"results\"); is --url the NetBox address?");
		}
		return json.getAsJsonObject();
	}

	/** How long to wait before attempt {@code attempt + 1}: Retry-After on a 429, else the back-off doubled each time. */
	private Duration delay(HttpResponse<String> response, int attempt, URI uri) throws NetboxException {
		Duration exponential = backoff.multipliedBy(1L << (attempt - 1));
		if (response.statusCode() != 429) {
			return exponential;
		}
		Duration asked = response.headers().firstValue("Retry-After").map(NetboxHttp::retryAfter).orElse(exponential);
		if (asked.compareTo(LONGEST_RETRY_AFTER) > 0) {
			throw new NetboxException("NetBox asks to wait " + asked.toSeconds() + " s before the next request (HTTP 429) for " + uri
					+ "; try again later");
		}
		return asked;
	}

	/** Retry-After in seconds or as an HTTP date; an unreadable one counts as no wait. */
	private static Duration retryAfter(String value) {
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
		} catch (NumberFormatException e) {
			try {
				Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
				return until.isNegative() ? Duration.ZERO : until;
			} catch (DateTimeParseException unreadable) {
				return Duration.ZERO;
			}
		}
	}

	private static void pause(Duration delay) throws NetboxException {
		try {
			Thread.sleep(delay.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new NetboxException("interrupted while waiting to retry");
		}
	}

	private static String failure(HttpResponse<String> response, URI uri, int attempts) {
		int status = response.statusCode();
		String detail = detail(response.body());
		if (status == 401 || status == 403) {
			return "NetBox refused the token (HTTP " + status + ") for " + uri + (detail == null ? "" : ": " + detail);
		}
		if (status == 404) {
			return "NetBox has no such endpoint (HTTP 404): " + uri + " - is --url the NetBox address, such as https://netbox.example.com?";
		}
		if (status >= 300 && status < 400) {
			return "NetBox redirected " + uri + " to " + response.headers().firstValue("Location").orElse("another address") + " (HTTP " + status
					+ "); give that address to --url";
		}
		if (status == 429 || status >= 500) {
			return "NetBox " + (status == 429 ? "kept refusing with HTTP 429 (too many requests)" : "failed (HTTP " + status + ")") + " for " + uri
					+ " after " + attempts + " attempts" + (detail == null ? "" : ": " + detail);
		}
		return "NetBox rejected the request (HTTP " + status + ") for " + uri + (detail == null ? "" : ": " + detail);
	}

	/** The first message of a NetBox error body ({"detail": ..} or {"field": [..]}), shortened, or null. */
	private static String detail(String body) {
		try {
			JsonElement json = JsonParser.parseString(body == null ? "" : body);
			String detail = json.isJsonObject() ? firstText(json.getAsJsonObject()) : null;
			detail = detail == null ? null : detail.replaceAll("\\s+", " ").strip();
			return detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) + "..." : detail;
		} catch (RuntimeException notJson) {
			return null;
		}
	}

	private static String firstText(JsonObject object) {
		for (String key : object.keySet()) {
			JsonElement value = object.get(key);
			if (value.isJsonArray() && !value.getAsJsonArray().isEmpty()) {
				value = value.getAsJsonArray().get(0);
			}
			if (value.isJsonPrimitive()) {
				return key.equals("detail") ? value.getAsString() : key + ": " + value.getAsString();
			}
		}
		return null;
	}

	@Override
	public void close() {
		client.shutdownNow();
	}
}
