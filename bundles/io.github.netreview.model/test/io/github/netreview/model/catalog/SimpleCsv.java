package io.github.netreview.model.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted fields, doubled quotes) for the registry cross-check. */
final class SimpleCsv {

	private SimpleCsv() {
	}

	static List<List<String>> rows(Reader reader) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int c = reader.read(); c >= 0; c = reader.read()) {
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					} else {
						quoted = false;
						if (next >= 0) {
							reader.reset();
						}
					}
				} else {
					field.append(ch);
				}
			} else if (ch == '"') {
				quoted = true;
			} else if (ch == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (ch == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else if (ch != '\r') {
				field.append(ch);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
