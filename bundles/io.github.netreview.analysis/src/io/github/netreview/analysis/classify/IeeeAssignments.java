package io.github.netreview.analysis.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The assignments of an IEEE registry file as the IEEE publishes them (oui.csv for MA-L, mam.csv for MA-M, oui36.csv
 * for MA-S: "Registry,Assignment,Organization Name,Organization Address"), each as its block and organization.
 */
public final class IeeeAssignments {

	/** One assigned block, in the catalog's notation (4C:BD:8F, 4C:BD:8F:1, 4C:BD:8F:12:3), and to whom. */
	public record Assignment(String block, String organization) {
	}

	/** A registry file that cannot be read as one, with the file and line in its message. */
	public static final class BadRegistryFile extends Exception {
		private static final long serialVersionUID = 1L;

		BadRegistryFile(String message) {
			super(message);
		}
	}

	private IeeeAssignments() {
	}

	public static List<Assignment> read(Path file) throws BadRegistryFile {
		List<Assignment> assignments = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().get().parse(reader)) {
				if (record.getRecordNumber() == 1) {
					checkHeader(file, record);
				} else if (record.size() >= 3) {
					assignments.add(new Assignment(block(file, record), record.get(2).strip()));
				} else if (!(record.size() == 1 && record.get(0).isBlank())) {
					throw new BadRegistryFile(file + ":" + record.getRecordNumber() + ": expected Registry,Assignment,Organization Name");
				}
			}
		} catch (CharacterCodingException e) {
			throw new BadRegistryFile(file + ": not UTF-8 text");
		} catch (CSVException | UncheckedIOException e) {
			throw new BadRegistryFile(file + ": not a CSV file the IEEE publishes (" + e.getMessage() + ")");
		} catch (IOException e) {
			throw new BadRegistryFile(file + ": cannot be read (" + e.getMessage() + ")");
		}
		if (assignments.isEmpty()) {
			throw new BadRegistryFile(file + ": no assignments");
		}
		return assignments;
	}

	private static void checkHeader(Path file, CSVRecord header) throws BadRegistryFile {
		if (header.size() < 3 || !header.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase("Registry")
				|| !header.get(1).strip().equalsIgnoreCase("Assignment")) {
			throw new BadRegistryFile(file + ":1: not an IEEE registry file (its header is not Registry,Assignment,Organization Name,...)");
		}
	}

	private static String block(Path file, CSVRecord record) throws BadRegistryFile {
		String hex = record.get(1).strip().toUpperCase(Locale.ROOT);
		if (!hex.matches("[0-9A-F]{6}|[0-9A-F]{7}|[0-9A-F]{9}")) {
			throw new BadRegistryFile(file + ":" + record.getRecordNumber() + ": assignment '" + abbreviate(hex)
					+ "' is not 6, 7 or 9 hexadecimal digits");
		}
		StringBuilder block = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 2) {
			block.append(i == 0 ? "" : ":").append(hex, i, Math.min(i + 2, hex.length()));
		}
		return block.toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "..." : text;
	}
}
