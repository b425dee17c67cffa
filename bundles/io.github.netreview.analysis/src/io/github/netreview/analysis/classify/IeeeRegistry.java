package io.github.netreview.analysis.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.github.netreview.model.syntax.MacAddress;

/**
 * The IEEE MAC address registry (MA-L, MA-M, MA-S) as Debian's ieee-data package installs it, to name the maker of
 * a MAC when a device's manufacturer is not recorded. When the files are absent the registry is empty and says so.
 */
public final class IeeeRegistry {

	public static final Path DEBIAN_LOCATION = Path.of("/usr/share/ieee-data");
	private static final List<String> FILES = List.of("oui.csv", "mam.csv", "oui36.csv");

	private final Map<Long, String> organizations;
	private final Path location;
	private final boolean available;

	private IeeeRegistry(Path location, Map<Long, String> organizations, boolean available) {
		this.location = location;
		this.organizations = organizations;
		this.available = available;
	}

	/** Debian's registry, read once per JVM; empty when ieee-data is not installed. */
	public static IeeeRegistry system() {
		return SystemRegistry.INSTANCE;
	}

	private static final class SystemRegistry {
		static final IeeeRegistry INSTANCE = load(DEBIAN_LOCATION);
	}

	/** The registry in {@code directory}, or an empty one when its oui.csv is not there. */
	public static IeeeRegistry load(Path directory) {
		if (!Files.isReadable(directory.resolve("oui.csv"))) {
			return new IeeeRegistry(directory, Map.of(), false);
		}
		Map<Long, String> organizations = new HashMap<>();
		for (String name : FILES) {
			Path file = directory.resolve(name);
			if (Files.isReadable(file)) {
				read(file, organizations);
			}
		}
		return new IeeeRegistry(directory, organizations, true);
	}

	private static void read(Path file, Map<Long, String> organizations) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String assignment = record.get(1).strip();
				if (assignment.matches("[0-9A-Fa-f]{6}|[0-9A-Fa-f]{7}|[0-9A-Fa-f]{9}")) {
					organizations.put(key(Long.parseLong(assignment, 16), assignment.length() * 4), record.get(2).strip());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the IEEE registry " + file, e);
		}
	}

	/** Blocks of different lengths share one map: the length goes in the top bits. */
	private static long key(long bits, int length) {
		return ((long) length << 40) | bits;
	}

	/** Whether the registry files were found. */
	public boolean available() {
		return available;
	}

	public Path location() {
		return location;
	}

	/** The organization the most specific block containing {@code mac} is registered to. */
	public Optional<String> organization(MacAddress mac) {
		long value = mac.value();
		for (int length : new int[] { 36, 28, 24 }) {
			String name = organizations.get(key(value >>> (48 - length), length));
			if (name != null) {
				return Optional.of(name);
			}
		}
		return Optional.empty();
	}
}
