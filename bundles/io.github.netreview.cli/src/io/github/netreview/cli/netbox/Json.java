package io.github.netreview.cli.netbox;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Reads fields of NetBox records the way NetBox writes them; a missing field, JSON null and a value of the wrong type read alike. */
final class Json {

	private Json() {
	}

	/** Parses {@code text}; the error names {@code where} and says what is wrong in words, not in parser class names. */
	static JsonElement parse(String text, String where) throws NetboxException {
		try {
			return JsonParser.parseString(text);
		} catch (JsonParseException e) {
			throw new NetboxException(where + ": " + whatIsWrong(e));
		}
	}

	private static String whatIsWrong(JsonParseException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (cause instanceof EOFException || message.contains("End of input") || message.contains("Unterminated")) {
				return "the JSON ends early (truncated?)";
			}
		}
		Throwable innermost = e;
		while (innermost.getCause() != null) {
			innermost = innermost.getCause();
		}
		String message = innermost.getMessage() == null ? "" : innermost.getMessage();
		message = message.replaceAll("^([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "").replaceFirst("\\s*See https?://\\S+$", "");
		return "not JSON (" + message.strip() + ")";
	}

	/** The nested object in {@code field}, or null. */
	static JsonObject object(JsonObject record, String field) {
		JsonElement value = record == null ? null : record.get(field);
		return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
	}

	/** The objects in the list {@code field}; empty when there is none. */
	static List<JsonObject> objects(JsonObject record, String field) {
		JsonElement value = record == null ? null : record.get(field);
		List<JsonObject> objects = new ArrayList<>();
		if (value != null && value.isJsonArray()) {
			for (JsonElement element : value.getAsJsonArray()) {
				if (element.isJsonObject()) {
					objects.add(element.getAsJsonObject());
				}
			}
		}
		return objects;
	}

	/** A string or number field as text, or null. */
	static String text(JsonObject record, String field) {
		JsonElement value = record == null ? null : record.get(field);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	/** A text field that is neither missing nor blank, or null. */
	static String nonBlank(JsonObject record, String field) {
		String text = text(record, field);
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A whole-number field, or null. */
	static Long number(JsonObject record, String field) {
		JsonElement value = record == null ? null : record.get(field);
		if (value == null || !value.isJsonPrimitive() || !((JsonPrimitive) value).isNumber()) {
			return null;
		}
		double number = value.getAsDouble();
		return number == Math.rint(number) ? Long.valueOf(value.getAsLong()) : null;
	}

	/** The record's NetBox id, or null. */
	static Long id(JsonObject record) {
		return number(record, "id");
	}

	/** The id of the nested object in {@code field}, or null. */
	static Long idOf(JsonObject record, String field) {
		return id(object(record, field));
	}

	/** A choice field: the {@code value} of NetBox's {"value":..,"label":..}, or a plain string. */
	static String choice(JsonObject record, String field) {
		JsonObject choice = object(record, field);
		return choice != null ? nonBlank(choice, "value") : nonBlank(record, field);
	}

	static boolean flag(JsonObject record, String field, boolean otherwise) {
		JsonElement value = record == null ? null : record.get(field);
		return value != null && value.isJsonPrimitive() && ((JsonPrimitive) value).isBoolean() ? value.getAsBoolean() : otherwise;
	}

	/** The names of the record's tags (their slugs when a tag has no name). */
	static List<String> tags(JsonObject record) {
		List<String> names = new ArrayList<>();
		JsonElement tags = record == null ? null : record.get("tags");
		if (tags != null && tags.isJsonArray()) {
			for (JsonElement tag : (JsonArray) tags) {
				String name = tag.isJsonObject() ? nonBlank(tag.getAsJsonObject(), "name") : tag.isJsonPrimitive() ? tag.getAsString() : null;
				String slug = tag.isJsonObject() ? nonBlank(tag.getAsJsonObject(), "slug") : null;
				if (name != null || slug != null) {
					names.add(name != null ? name : slug);
				}
			}
		}
		return names;
	}

	/** The slugs of the record's tags. */
	static List<String> tagSlugs(JsonObject record) {
		List<String> slugs = new ArrayList<>();
		for (JsonObject tag : objects(record, "tags")) {
			String slug = nonBlank(tag, "slug");
			if (slug != null) {
				slugs.add(slug);
			}
		}
		return slugs;
	}
}
