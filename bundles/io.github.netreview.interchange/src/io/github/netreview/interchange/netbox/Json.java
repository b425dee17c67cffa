package io.github.netreview.interchange.netbox;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/** Reads fields of NetBox records the way NetBox writes them; a missing field, JSON null and a value of the wrong type read alike. */
final class Json {

	private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
	private static final Pattern POSITION = Pattern.compile("^(.*?) at line (\\d+) column (\\d+)", Pattern.DOTALL);

	private Json() {
	}

	/** Parses {@code text} as strict JSON; the error names {@code where} and the line, and says what is wrong in words. */
	static JsonElement parse(String text, String where) throws NetboxException {
		JsonReader reader = new JsonReader(new StringReader(text));
		reader.setStrictness(Strictness.STRICT);
		try {
			JsonElement json = ELEMENTS.read(reader);
			if (!atEnd(reader)) {
				throw new MalformedJsonException("more text after the JSON value" + reader.toString().replaceFirst("^\\S+", ""));
			}
			return json;
		} catch (IOException | JsonParseException e) {
			throw new NetboxException(whatIsWrong(e, where, text));
		}
	}

	/** "FILE: not JSON (what at line L, column C)" from the parser's exception, whose text names parser classes and options. */
	private static String whatIsWrong(Exception e, String where, String text) {
		Throwable cause = e instanceof JsonParseException && e.getCause() != null ? e.getCause() : e;
		String message = String.valueOf(cause.getMessage());
		Matcher at = POSITION.matcher(message);
		boolean placed = at.find();
		if (cause instanceof EOFException || message.startsWith("End of input")
				|| message.startsWith("Unterminated") && placed && atEndOf(text, Integer.parseInt(at.group(2)), Integer.parseInt(at.group(3)))) {
			return where + ": the JSON ends early (truncated?)";
		}
		String what = placed ? at.group(1) : message;
		if (what.isBlank() || what.startsWith("Use JsonReader.setStrictness")) {
			what = "something JSON does not allow, such as a comment, a single quote, an unquoted word or a second value,";
		}
		return where + ": not JSON (" + Character.toLowerCase(what.charAt(0)) + what.substring(1)
				+ (placed ? " at line " + at.group(2) + ", column " + at.group(3) : "") + ")";
	}

	/** Whether line {@code line}, column {@code column} (from 1) is past the last character of {@code text}. */
	private static boolean atEndOf(String text, int line, int column) {
		long lines = text.chars().filter(c -> c == '\n').count() + 1;
		int lastLine = text.length() - text.lastIndexOf('\n') - 1;
		return line == lines && column > lastLine;
	}

	private static boolean atEnd(JsonReader reader) throws IOException {
		try {
			return reader.peek() == JsonToken.END_DOCUMENT;
		} catch (MalformedJsonException e) {
			return false; // strict parsing refuses a second value with a message about lenient parsing
		}
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
