package io.github.netreview.analysis.coverage;

import io.github.netreview.analysis.findings.Severity;

/** The kinds of coverage gap, with how serious each is and what it means for the verdict. */
public enum GapKind {
	NO_CORE_ZONE(Severity.ERROR, "network without a core zone holding anything", "networks without a core zone holding anything",
			"no path to a core network can be judged"),
	UNCLASSIFIABLE_DEVICES(Severity.ERROR, "device has no usable make and no MAC", "devices have no usable make and no MAC",
			"maker not judged"),
	UNCABLED_CAMERAS(Severity.WARNING, "camera has no enabled cable", "cameras have no enabled cable",
			"paths not judged (a cable missing from the inventory, or a wireless link)"),
	ACCESS_PORTS_WITHOUT_VLAN(Severity.WARNING, "switch access port has no VLAN and its cable brings none",
			"switch access ports have no VLAN and their cables bring none",
			"judged to be in VLAN 1"),
	INTERFACES_IN_NO_SEGMENT(Severity.WARNING, "cabled interface is in no segment", "cabled interfaces are in no segment",
			"zone not judged (no VLAN or prefix places them)"),
	ZONES_WITHOUT_KIND(Severity.WARNING, "zone has no kind", "zones have no kind", "judged core"),
	SEGMENTS_WITHOUT_ZONE(Severity.WARNING, "segment has no zone", "segments have no zone",
			"traffic there is judged to reach no zone");

	private final Severity severity;
	private final String one;
	private final String many;
	private final String consequence;

	GapKind(Severity severity, String one, String many, String consequence) {
		this.severity = severity;
		this.one = one;
		this.many = many;
		this.consequence = consequence;
	}

	public Severity severity() {
		return severity;
	}

	String one() {
		return one;
	}

	String many() {
		return many;
	}

	String consequence() {
		return consequence;
	}
}
