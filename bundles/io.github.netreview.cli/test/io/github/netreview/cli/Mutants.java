package io.github.netreview.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Seeded mutations of an input file for fuzzing: cut short, odd bytes, byte order marks, quotes, huge fields, injection strings, blank lines. */
final class Mutants {

	private static final List<String> ODD_VALUES = List.of("=1+1", "\t=1+1", "@SUM(A1:A9)", "-2+3", "+cmd|' /C calc'!A0", "'=x",
			"=HYPERLINK(\"http://x\")", "\r=1", "a\nb", "\u202Egnp.exe", "<script>alert(1)</script>", "\"", "\"\"", " padded ", "",
			"\u0000", "caf\u00e9", "\uFEFF", "🛰", "Gi1/0/1:x:y", "99999999999999999999", "-1", "0", "4095", "trunk", "TRUNK ");

	private Mutants() {
	}

	/** A CSV file changed in one to three ways. */
	static byte[] csv(byte[] original, Random random) {
		byte[] bytes = original;
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			bytes = csvOnce(bytes, random);
		}
		return bytes;
	}

	private static byte[] csvOnce(byte[] bytes, Random random) {
		return switch (random.nextInt(12)) {
		case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
		case 1 -> insert(bytes, random, new byte[] { (byte) random.nextInt(256) });
		case 2 -> flip(bytes, random);
		case 3 -> concat(random.nextBoolean() ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF } : new byte[] { (byte) 0xFE, (byte) 0xFF }, bytes);
		case 4 -> insert(bytes, random, "\"".getBytes(StandardCharsets.UTF_8));
		case 5 -> replaceCell(bytes, random, (random.nextBoolean() ? "9" : "A").repeat(1 + random.nextInt(2_000_000)));
		case 6 -> replaceCell(bytes, random, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
		case 7 -> insertLine(bytes, random, List.of("", "   ", ",,,,,,,,,,,,,,,,,,,", "\r", ",,,").get(random.nextInt(5)));
		case 8 -> lines(bytes, random);
		case 9 -> new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		case 10 -> insert(bytes, random, new byte[] { 0 });
		default -> insert(bytes, random, new byte[] { (byte) 0xC3 });
		};
	}

	/** A line deleted, repeated or moved. */
	private static byte[] lines(byte[] bytes, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
		int from = random.nextInt(lines.size());
		String line = lines.remove(from);
		int choice = random.nextInt(3);
		if (choice > 0) {
			lines.add(random.nextInt(lines.size() + 1), line);
		}
		if (choice == 1) {
			lines.add(from, line);
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replaceCell(byte[] bytes, Random random, String value) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<Integer> commas = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ',') {
				commas.add(i);
			}
		}
		if (commas.isEmpty()) {
			return bytes;
		}
		int at = commas.get(random.nextInt(commas.size()));
		int end = text.indexOf(',', at + 1);
		end = end < 0 ? text.length() : end;
		String cell = value.matches("(?s).*[,\"\r\n].*") && random.nextBoolean() ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
		return (text.substring(0, at + 1) + cell + text.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] insertLine(byte[] bytes, Random random, String line) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int newline = text.indexOf('\n', random.nextInt(text.length() + 1));
		int at = newline < 0 ? text.length() : newline + 1;
		return (text.substring(0, at) + line + "\n" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] insert(byte[] bytes, Random random, byte[] inserted) {
		int at = random.nextInt(bytes.length + 1);
		return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
	}

	private static byte[] flip(byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		byte[] flipped = bytes.clone();
		flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
		return flipped;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/** A NetBox JSON file changed once: a field of a record given an odd value or removed, or the bytes cut, flipped or marked. */
	static byte[] json(String original, Random random) {
		byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
		return switch (random.nextInt(6)) {
		case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
		case 1 -> flip(bytes, random);
		case 2 -> insert(bytes, random, new byte[] { (byte) 0xFF });
		case 3 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, bytes);
		default -> field(original, random).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String field(String original, Random random) {
		JsonElement json = JsonParser.parseString(original);
		JsonArray records = json.isJsonObject() ? json.getAsJsonObject().getAsJsonArray("results") : json.getAsJsonArray();
		if (records == null || records.isEmpty()) {
			return original;
		}
		JsonObject record = records.get(random.nextInt(records.size())).getAsJsonObject();
		List<Map.Entry<String, JsonElement>> fields = new ArrayList<>(record.entrySet());
		String key = fields.get(random.nextInt(fields.size())).getKey();
		if (random.nextInt(4) == 0) {
			record.remove(key);
		} else {
			record.add(key, oddJson(random));
		}
		return json.toString();
	}

	private static JsonElement oddJson(Random random) {
		return switch (random.nextInt(7)) {
		case 0 -> JsonNull.INSTANCE;
		case 1 -> new JsonPrimitive(random.nextInt(3) - 1);
		case 2 -> new JsonPrimitive(1e308 * (random.nextBoolean() ? 1 : -1));
		case 3 -> new JsonPrimitive("x".repeat(1 + random.nextInt(1_000_000)));
		case 4 -> new JsonArray();
		case 5 -> new JsonObject();
		default -> new JsonPrimitive(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
		};
	}
}
