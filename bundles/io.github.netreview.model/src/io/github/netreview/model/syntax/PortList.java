package io.github.netreview.model.syntax;

import java.util.BitSet;

/** Transport-layer destination ports such as 80,443,8000-8099; unset means every port. */
public final class PortList {

	private final BitSet ports;

	private PortList(BitSet ports) {
		this.ports = ports;
	}

	public static PortList parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			BitSet all = new BitSet(65536);
			all.set(1, 65536);
			return new PortList(all);
		}
		return new PortList(IntRanges.parse(trimmed, 1, 65535, "port"));
	}

	public boolean contains(int port) {
		return ports.get(port);
	}

	/** A copy of the ports, one bit each. */
	public BitSet toBitSet() {
		return (BitSet) ports.clone();
	}
}
