package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One device's configuration, gathered part by part as edits are translated and laid out in the order IOS needs:
 * notes, then in configuration mode new VLANs, access lists, interfaces, removals and global commands, so that
 * what a port or list uses exists first and is removed last.
 */
final class DeviceScript {

	private final List<ConfigLine> notes = new ArrayList<>();
	private final Set<String> noted = new LinkedHashSet<>();
	private final Map<String, Block> vlans = new LinkedHashMap<>();
	private final Map<String, AclBlock> acls = new LinkedHashMap<>();
	private final Map<String, Block> ports = new LinkedHashMap<>();
	private final List<ConfigLine> removals = new ArrayList<>();
	private final List<ConfigLine> global = new ArrayList<>();

	/** A sub-mode block such as {@code interface Gi1/0/30} or {@code vlan 900}; commented out when its header cannot be typed. */
	static final class Block {
		private final String header;
		private final String unusable;
		private final List<ConfigLine> lines = new ArrayList<>();

		Block(String header, String unusable) {
			this.header = header;
			this.unusable = unusable;
		}

		Block add(String line, int edit) {
			lines.add(new ConfigLine(line, edit));
			return this;
		}

		Block addAll(List<String> commands, int edit) {
			commands.forEach(line -> add(line, edit));
			return this;
		}

		Block comment(String text, int edit) {
			return add(IosText.comment(text), edit);
		}

		void layOut(List<ConfigLine> out) {
			if (unusable != null) {
				out.add(new ConfigLine(IosText.comment(unusable), ConfigLine.STRUCTURE));
				lines.forEach(line -> out.add(new ConfigLine(line.comment() ? line.text() : "!   " + line.text(), line.edit())));
				return;
			}
			out.add(new ConfigLine(header, ConfigLine.STRUCTURE));
			lines.forEach(line -> out.add(new ConfigLine(" " + line.text(), line.edit())));
			out.add(new ConfigLine("exit", ConfigLine.STRUCTURE));
		}
	}

	void note(String text, int edit) {
		String line = IosText.comment(text);
		if (noted.add(line)) {
			notes.add(new ConfigLine(line, edit));
		}
	}

	Block vlan(int vlan) {
		return vlans.computeIfAbsent("vlan " + vlan, header -> new Block(header, null));
	}

	/** The block of a port, commented out (with a note) when its name cannot be typed after {@code interface}. */
	Block port(String name) {
		return ports.computeIfAbsent(name, n -> new Block("interface " + n, IosText.isInterfaceName(n) ? null
				: "interface " + IosText.shown(n) + " is no IOS interface name: find the port and enter there"));
	}

	AclBlock acl(String header, String resequence, boolean ipv6) {
		return acls.computeIfAbsent(header, h -> new AclBlock(h, resequence, ipv6));
	}

	void remove(String line, int edit) {
		removals.add(new ConfigLine(line, edit));
	}

	void global(String line, int edit) {
		global.add(new ConfigLine(line, edit));
	}

	boolean isEmpty() {
		return notes.isEmpty() && !configures();
	}

	private boolean configures() {
		return !vlans.isEmpty() || !acls.isEmpty() || !ports.isEmpty() || !removals.isEmpty() || !global.isEmpty();
	}

	/** The lines in the order they are entered, {@code preamble} notes first. */
	List<ConfigLine> lines(List<String> preamble) {
		List<ConfigLine> out = new ArrayList<>();
		notes.forEach(out::add);
		if (!configures()) {
			return out;
		}
		preamble.forEach(text -> out.add(new ConfigLine(IosText.comment(text), ConfigLine.STRUCTURE)));
		out.add(new ConfigLine("configure terminal", ConfigLine.STRUCTURE));
		vlans.values().forEach(block -> block.layOut(out));
		acls.values().forEach(block -> block.layOut(out));
		ports.values().forEach(block -> block.layOut(out));
		out.addAll(removals);
		out.addAll(global);
		out.add(new ConfigLine("end", ConfigLine.STRUCTURE));
		return out;
	}
}
