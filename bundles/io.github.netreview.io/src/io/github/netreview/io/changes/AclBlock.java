package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One access list of a device as a change enters it: entries removed, entries added in the order of their rules, and
 * the closing default. Entries added to a list the device already has are numbered into the gaps that
 * {@code ip access-list resequence NAME 100 100} opens: after its k-th line they get 100k+1, 100k+2, ...
 */
final class AclBlock {

	/** Gap -1: a new list, whose entries IOS numbers itself. */
	static final int NEW_LIST = -1;
	private static final int STEP = 100;

	private final String header;
	private final String resequence;
	private final boolean ipv6;
	private final List<ConfigLine> removed = new ArrayList<>();
	private final List<Entry> added = new ArrayList<>();
	private final List<ConfigLine> trailer = new ArrayList<>();

	/** The lines of one rule, at {@code position} in its policy, after {@code gap} lines of the list (or {@link #NEW_LIST}). */
	private record Entry(int position, int gap, List<String> lines, int edit) {
	}

	AclBlock(String header, String resequence, boolean ipv6) {
		this.header = header;
		this.resequence = resequence;
		this.ipv6 = ipv6;
	}

	void add(int position, int gap, List<String> lines, int edit) {
		added.add(new Entry(position, gap, List.copyOf(lines), edit));
	}

	void remove(String line, int edit) {
		removed.add(new ConfigLine(line, edit));
	}

	void close(String line, int edit) {
		trailer.add(new ConfigLine(line, edit));
	}

	void layOut(List<ConfigLine> out) {
		List<Entry> sorted = new ArrayList<>(added);
		sorted.sort(Comparator.comparingInt(Entry::position));
		boolean numbered = sorted.stream().anyMatch(entry -> entry.gap() != NEW_LIST);
		if (numbered) {
			out.add(new ConfigLine(IosText.comment("the numbers assume the list holds the model's rules as these entries do: check with"
					+ " show access-lists before entering them"), ConfigLine.STRUCTURE));
			out.add(new ConfigLine(resequence, ConfigLine.STRUCTURE));
		}
		out.add(new ConfigLine(header, ConfigLine.STRUCTURE));
		removed.forEach(line -> out.add(new ConfigLine(" " + line.text(), line.edit())));
		Map<Integer, Integer> used = new HashMap<>();
		for (Entry entry : sorted) {
			for (String line : entry.lines()) {
				out.add(new ConfigLine(" " + numberedLine(entry.gap(), line, used), entry.edit()));
			}
		}
		trailer.forEach(line -> out.add(new ConfigLine(" " + line.text(), line.edit())));
		out.add(new ConfigLine("exit", ConfigLine.STRUCTURE));
	}

	private String numberedLine(int gap, String line, Map<Integer, Integer> used) {
		if (gap == NEW_LIST || line.startsWith("!")) {
			return line;
		}
		int offset = used.merge(gap, 1, Integer::sum);
		if (offset >= STEP) {
			return IosText.comment("no number left after entry " + gap * STEP + ": enter by hand where it belongs: " + line);
		}
		int sequence = gap * STEP + offset;
		return (ipv6 ? "sequence " + sequence + " " : sequence + " ") + line;
	}
}
