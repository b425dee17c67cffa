package io.github.netreview.model.syntax;

import java.util.BitSet;

/** The VLANs a trunk carries: 10,20,100-199, or 'all' (also when unset), or 'none'. */
public final class VlanList {

	public static final int MIN_VLAN = 1;
	public static final int MAX_VLAN = 4094;

	private final BitSet vlans;

	private VlanList(BitSet vlans) {
		this.vlans = vlans;
	}

	public static VlanList parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("all")) {
			BitSet all = new BitSet(MAX_VLAN + 1);
			all.set(MIN_VLAN, MAX_VLAN + 1);
			return new VlanList(all);
		}
		if (trimmed.equalsIgnoreCase("none")) {
			return new VlanList(new BitSet());
		}
		return new VlanList(IntRanges.parse(trimmed, MIN_VLAN, MAX_VLAN, "VLAN id"));
	}

	public static boolean isValidId(Integer vlan) {
		return vlan != null && vlan >= MIN_VLAN && vlan <= MAX_VLAN;
	}

	public boolean contains(int vlan) {
		return vlans.get(vlan);
	}

	/** These VLANs and {@code vlan}. */
	public VlanList with(int vlan) {
		BitSet more = toBitSet();
		more.set(vlan);
		return new VlanList(more);
	}

	/** The list as a trunk's allowed VLANs are written: ascending, runs of three or more as ranges, 'none' when empty. */
	@Override
	public String toString() {
		if (vlans.isEmpty()) {
			return "none";
		}
		StringBuilder text = new StringBuilder();
		for (int start = vlans.nextSetBit(0); start >= 0; start = vlans.nextSetBit(start)) {
			int end = vlans.nextClearBit(start) - 1;
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(start);
			if (end == start + 1) {
				text.append(',').append(end);
			} else if (end > start) {
				text.append('-').append(end);
			}
			start = end + 1;
		}
		return text.toString();
	}

	/** A copy of the VLAN ids, one bit each. */
	public BitSet toBitSet() {
		return (BitSet) vlans.clone();
	}
}
