package io.github.netreview.analysis.diff;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.netreview.model.SafeText;

/** Reads the results of an earlier NetReview run from its SARIF 2.1.0 log ({@code check --format sarif}). */
public final class SarifBaseline {

	private SarifBaseline() {
	}

	/** The results of the NetReview runs of the log {@code file}; fails, naming the file, on anything else. */
	public static List<BaselineResult> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(JsonParser.parseReader(reader), file.toString());
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such file", e);
		} catch (CharacterCodingException e) {
			throw new IOException(file + ": not a SARIF log: not UTF-8", e);
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException(file + ": not a SARIF log: " + SafeText.visible(SafeText.cut(e.getMessage(), 200)), e);
		}
	}

	/** The results of the NetReview runs of the log {@code text}, which {@code source} names in messages. */
	public static List<BaselineResult> parse(String text, String source) throws IOException {
		try {
			return parse(JsonParser.parseString(text), source);
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException(source + ": not a SARIF log: " + SafeText.visible(SafeText.cut(e.getMessage(), 200)), e);
		}
	}

	private static List<BaselineResult> parse(JsonElement root, String source) throws IOException {
		if (!root.isJsonObject() || !(root.getAsJsonObject().get("runs") instanceof JsonArray runs)) {
			throw new IOException(source + ": not a SARIF log: no runs");
		}
		List<BaselineResult> results = new ArrayList<>();
		boolean netReview = false;
		for (JsonElement run : runs) {
			if (run.isJsonObject() && "NetReview".equals(text(run.getAsJsonObject(), "tool", "driver", "name"))) {
				netReview = true;
				if (run.getAsJsonObject().get("results") instanceof JsonArray entries) {
					for (JsonElement entry : entries) {
						if (entry.isJsonObject()) {
							results.add(result(entry.getAsJsonObject()));
						}
					}
				}
			}
		}
		if (!netReview) {
			throw new IOException(source + ": no run of NetReview in this SARIF log");
		}
		return results;
	}

	private static BaselineResult result(JsonObject result) {
		String ruleId = text(result, "ruleId");
		if (ruleId == null) {
			ruleId = text(result, "rule", "id");
		}
		String subject = null;
		if (result.get("locations") instanceof JsonArray locations && !locations.isEmpty() && locations.get(0).isJsonObject()
				&& locations.get(0).getAsJsonObject().get("logicalLocations") instanceof JsonArray logical && !logical.isEmpty()
				&& logical.get(0).isJsonObject()) {
			subject = text(logical.get(0).getAsJsonObject(), "fullyQualifiedName");
		}
		String level = text(result, "level");
		return new BaselineResult(ruleId, text(result, "partialFingerprints", FindingKey.FINGERPRINT), subject,
				text(result, "message", "text"), level == null ? "warning" : level.toLowerCase(Locale.ROOT),
				text(result, "properties", "severity"), suppressed(result), result);
	}

	/** Whether a suppression of the result is in force (accepted, or with no status: SARIF's default is accepted). */
	private static boolean suppressed(JsonObject result) {
		if (result.get("suppressions") instanceof JsonArray suppressions) {
			for (JsonElement suppression : suppressions) {
				String status = suppression.isJsonObject() ? text(suppression.getAsJsonObject(), "status") : "rejected";
				if (status == null || status.equals("accepted")) {
					return true;
				}
			}
		}
		return false;
	}

	/** The string at {@code path} under {@code object}, or null when any step is missing or not of its kind. */
	private static String text(JsonObject object, String... path) {
		JsonElement current = object;
		for (String step : path) {
			if (!current.isJsonObject()) {
				return null;
			}
			current = current.getAsJsonObject().get(step);
			if (current == null) {
				return null;
			}
		}
		return current.isJsonPrimitive() && current.getAsJsonPrimitive().isString() ? current.getAsString() : null;
	}
}
