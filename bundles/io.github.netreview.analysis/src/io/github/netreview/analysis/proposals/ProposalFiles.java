package io.github.netreview.analysis.proposals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.netreview.model.edit.UnknownElementException;
import io.github.netreview.model.io.ReplacedFile;

/**
 * Proposal files ({@code *.proposal.json}): a proposal's id, kind, title, rationale and edits, with the id of the
 * network it was made for, so that a review can carry it and apply or re-verify it later. Costs and verification
 * are not stored: they are worked out again against the network it is applied to.
 */
public final class ProposalFiles {

	public static final String FORMAT = "netreview-proposal/1";

	private ProposalFiles() {
	}

	/** A proposal as read from a file: what was proposed, for which network. */
	public record Saved(String network, String id, ProposalKind kind, String title, String rationale, List<ModelEdit> edits) {
		public Saved {
			edits = List.copyOf(edits);
		}
	}

	/** The proposal as JSON text, fields in a fixed order. */
	public static String toJson(Proposal proposal, String networkId) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("network", networkId);
		root.addProperty("id", proposal.id());
		root.addProperty("kind", proposal.kind().name());
		root.addProperty("title", proposal.title());
		root.addProperty("rationale", proposal.rationale());
		JsonArray edits = new JsonArray();
		for (ModelEdit edit : proposal.edits()) {
			edits.add(toJson(edit));
		}
		root.add("edits", edits);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	private static JsonObject toJson(ModelEdit edit) {
		JsonObject object = new JsonObject();
		switch (edit) {
		case SetValue set -> {
			object.addProperty("op", "set");
			object.addProperty("element", set.element());
			object.addProperty("feature", set.feature());
			object.addProperty("old", set.oldValue());
			object.addProperty("new", set.newValue());
		}
		case CreateElement create -> {
			object.addProperty("op", "create");
			object.addProperty("type", create.type());
			object.addProperty("id", create.id());
			object.addProperty("container", create.container());
			object.addProperty("feature", create.feature());
			object.addProperty("index", create.index());
			JsonObject values = new JsonObject();
			create.values().forEach(values::addProperty);
			object.add("values", values);
		}
		case DeleteElement delete -> {
			object.addProperty("op", "delete");
			object.addProperty("element", delete.element());
		}
		}
		return object;
	}

	/** Writes the proposal to {@code file} through a temporary file, so a failed write leaves any old file whole. */
	public static void save(Proposal proposal, String networkId, Path file) throws IOException {
		ReplacedFile.write(file, toJson(proposal, networkId).getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a proposal file; a malformed one fails with the file and the place in it. */
	public static Saved load(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		try {
			return read(JsonParser.parseString(text));
		} catch (JsonParseException e) {
			throw new IOException(file + ": not a proposal file: not JSON (" + parserProblem(e) + ")", e);
		} catch (IllegalStateException | UnsupportedOperationException e) {
			// Gson's getAs... on a list, an object or null says only "JsonObject" or "JsonNull"
			throw new IOException(file + ": not a proposal file: a value that should be text is a list, an object or null", e);
		} catch (ProposalException | UnknownElementException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	/** What the JSON parser found wrong and where, without its class names and advice. */
	private static String parserProblem(JsonParseException e) {
		Throwable innermost = e;
		while (innermost.getCause() != null) {
			innermost = innermost.getCause();
		}
		String message = String.valueOf(innermost.getMessage()).replaceAll("^([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "")
				.replaceFirst("\\s*See https?://\\S+$", "").replaceFirst("^Use JsonReader\\.setStrictness\\S+ to accept malformed JSON", "malformed")
				.replaceFirst(" path \\S*$", "");
		return message.isBlank() ? "malformed" : message.strip();
	}

	private static Saved read(JsonElement json) {
		JsonObject root = object(json, "the file");
		String format = text(root, "format", "the file");
		if (!FORMAT.equals(format)) {
			throw new ProposalException("format is '" + format + "', expected '" + FORMAT + "'");
		}
		ProposalKind kind;
		try {
			kind = ProposalKind.valueOf(text(root, "kind", "the file"));
		} catch (IllegalArgumentException e) {
			throw new ProposalException("unknown kind '" + root.get("kind").getAsString() + "'");
		}
		JsonElement editsJson = root.get("edits");
		if (editsJson == null || !editsJson.isJsonArray()) {
			throw new ProposalException("'edits' must be a list");
		}
		List<ModelEdit> edits = new ArrayList<>();
		JsonArray array = editsJson.getAsJsonArray();
		for (int i = 0; i < array.size(); i++) {
			edits.add(edit(object(array.get(i), "edits[" + i + "]"), "edits[" + i + "]"));
		}
		return new Saved(text(root, "network", "the file"), text(root, "id", "the file"), kind, text(root, "title", "the file"),
				optional(root, "rationale"), edits);
	}

	private static ModelEdit edit(JsonObject object, String where) {
		String op = text(object, "op", where);
		return switch (op) {
		case "set" -> new SetValue(text(object, "element", where), text(object, "feature", where), optional(object, "old"),
				optional(object, "new"));
		case "create" -> {
			Map<String, String> values = new LinkedHashMap<>();
			JsonObject valuesJson = object(object.get("values"), where + ".values");
			valuesJson.entrySet().forEach(entry -> values.put(entry.getKey(), entry.getValue().isJsonNull() ? null : entry.getValue().getAsString()));
			JsonElement index = object.get("index");
			yield new CreateElement(text(object, "type", where), text(object, "id", where), text(object, "container", where),
					text(object, "feature", where), index == null ? -1 : index.getAsInt(), values);
		}
		case "delete" -> new DeleteElement(text(object, "element", where));
		default -> throw new ProposalException(where + ": unknown op '" + op + "'");
		};
	}

	private static JsonObject object(JsonElement json, String where) {
		if (json == null || !json.isJsonObject()) {
			throw new ProposalException(where + " must be a JSON object");
		}
		return json.getAsJsonObject();
	}

	private static String text(JsonObject object, String name, String where) {
		String value = optional(object, name);
		if (value == null) {
			throw new ProposalException(where + ": missing '" + name + "'");
		}
		return value;
	}

	private static String optional(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}
}
