package io.github.netreview.interchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.github.netreview.interchange.text.Utf8Files;

/**
 * The rows of a file in the {@link CsvColumns} format: UTF-8 with or without a byte order mark, the header's names
 * matched whatever their case and surrounding spaces, blank lines and rows of empty cells skipped, and every value as
 * written (only the apostrophe {@link CsvCells} adds taken off). A file that is not such CSV is refused in words.
 */
final class CsvTable {

	/** One row of the file: the line it ends on, and its values by column. */
	record Row(long line, Map<String, String> values) {

		/** The value in {@code column}, as written. */
		String get(String column) {
			return values.get(column);
		}
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
	private static final Pattern LIBRARY_LINE = Pattern.compile("line:? (\\d+)");

	private final Path file;
	private final List<String> problems;
	private final Map<String, Integer> columns = new HashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private int width;

	private CsvTable(Path file, List<String> problems) {
		this.file = file;
		this.problems = problems;
	}

	/** The rows of {@code file}; a bad row is added to {@code problems}, a file that cannot be read at all is thrown. */
	static List<Row> read(Path file, List<String> problems) throws CsvImport.BadRows {
		CsvTable table = new CsvTable(file, problems);
		table.parse(text(file));
		return table.rows;
	}

	private static String text(Path file) throws CsvImport.BadRows {
		try {
			return Utf8Files.read(file);
		} catch (Utf8Files.Unreadable e) {
			throw new CsvImport.BadRows(List.of(e.getMessage()));
		}
	}

	private void parse(String text) throws CsvImport.BadRows {
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			records(parser);
		} catch (IOException e) {
			throw new UncheckedIOException("a string cannot fail to be read", e);
		}
	}

	private void records(CSVParser parser) throws CsvImport.BadRows {
		Iterator<CSVRecord> records = parser.iterator();
		try {
			if (!header(records, parser)) {
				throw new CsvImport.BadRows(List.of(file + ": empty; the first line must be the header " + String.join(",", CsvColumns.HEADER)));
			}
			while (records.hasNext()) {
				row(records.next(), parser.getCurrentLineNumber());
			}
		} catch (UncheckedIOException e) {
			problems.add(file + ":" + lineOf(e, parser) + ": " + notCsv(e));
			throw new CsvImport.BadRows(problems);
		}
	}

	/** Reads the header from the first row that is not blank; false when there is none. */
	private boolean header(Iterator<CSVRecord> records, CSVParser parser) throws CsvImport.BadRows {
		while (records.hasNext()) {
			CSVRecord header = records.next();
			if (blank(header)) {
				continue;
			}
			long line = parser.getCurrentLineNumber();
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip().toLowerCase(Locale.ROOT);
				if (Arrays.asList(CsvColumns.HEADER).contains(name) && columns.putIfAbsent(name, i) != null) {
					throw new CsvImport.BadRows(List.of(file + ":" + line + ": the header names column " + name + " twice"));
				}
			}
			List<String> missing = Arrays.stream(CsvColumns.HEADER).filter(name -> !columns.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				throw new CsvImport.BadRows(List.of(file + ":" + line + ": the header lacks " + String.join(", ", missing)));
			}
			width = header.size();
			return true;
		}
		return false;
	}

	private void row(CSVRecord record, long line) {
		if (blank(record)) {
			return;
		}
		if (record.size() < width || trailingValues(record)) {
			problems.add(file + ":" + line + ": " + record.size() + " values where the header has " + width + " columns");
			return;
		}
		Map<String, String> values = new HashMap<>();
		columns.forEach((name, index) -> values.put(name, CsvCells.restored(record.get(index))));
		rows.add(new Row(line, values));
	}

	/** Whether the record has values beyond the header's columns (empty ones, as spreadsheets leave, do not count). */
	private boolean trailingValues(CSVRecord record) {
		for (int i = width; i < record.size(); i++) {
			if (!record.get(i).isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static boolean blank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	/** What is wrong, in words, for the parser's exceptions (their own text names library classes). */
	private static String notCsv(Exception e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a quoted value is never closed (a \" is missing)";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "text follows a quoted value's closing quote (write \"\" for a quote inside a quoted value)";
		}
		return "not readable as CSV";
	}

	/** The line the parser names (where a quoted value starts), else the line it stopped on. */
	private static long lineOf(Exception e, CSVParser parser) {
		Matcher line = LIBRARY_LINE.matcher(String.valueOf(e.getMessage()));
		return line.find() ? Long.parseLong(line.group(1)) : parser.getCurrentLineNumber() + 1;
	}
}
