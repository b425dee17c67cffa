package io.github.netreview.analysis.findings;

/** The rules the analysis checks, with stable ids (their names), severities and help for reports. */
public enum Rule {
	RESTRICTED_DEVICE_IN_CORE(Severity.CRITICAL, "Restricted device in a core network",
			"A device made by a restricted vendor sits in a core segment or zone. The UK statement of 24 November 2022"
					+ " says no such equipment may be connected to departmental core networks: move it out or replace it."),
	RESTRICTED_PATH_TO_CORE(Severity.CRITICAL, "Path from a restricted device to a core network",
			"Packets from a restricted vendor's device can reach a core segment through switches, routers and"
					+ " firewalls that let them pass. Cut the path (isolate the device, deny it on a firewall) or replace it."),
	NO_CORE_ZONE(Severity.ERROR, "No core network to judge against",
			"No zone of the model is a core zone with a segment or device in it, so no path to a core network can be found"
					+ " and a clean result would mean nothing. Give the core zones the kind CORE (or core=\"true\"); when"
					+ " importing, name them with a zone-kind:core tag, a zone name with the word 'core', or --mapping."),
	RESTRICTED_ON_SENSITIVE_SITE(Severity.ERROR, "Restricted surveillance equipment on a sensitive site",
			"Visual surveillance equipment of a company subject to the PRC National Intelligence Law is deployed on a"
					+ " site marked sensitive; the UK statement of 24 November 2022 asks departments to cease such deployment."),
	RESTRICTED_DUAL_HOMED(Severity.ERROR, "Restricted device joining two zones",
			"A restricted vendor's device has live interfaces in segments of two different zones. Whoever controls it"
					+ " (its maker's firmware included) can pass traffic between them, whatever the firewalls say. When one of its"
					+ " legs reaches a core network, the finding carries that path."),
	RESTRICTED_MAC_OTHER_MAKE(Severity.ERROR, "Restricted vendor's MAC on a device recorded as another make",
			"A MAC address of the device lies in an IEEE block of a restricted vendor (or its subsidiary or affiliate), but"
					+ " another company is recorded as its maker. It may be relabelled (OEM) equipment, or carry a part made by"
					+ " the restricted vendor. NetReview treats it as restricted: check the hardware, then correct the record or"
					+ " waive the finding with the evidence."),
	UNCLASSIFIABLE_DEVICE(Severity.ERROR, "Device that cannot be classified",
			"The device has no usable manufacturer (none, or a placeholder such as 'Generic') and no MAC address, so"
					+ " nothing tells whether a restricted vendor made it. Record its make and model or a MAC address."),
	CONDUIT_VIOLATION(Severity.ERROR, "Traffic between zones that no conduit intends",
			"Hosts of one zone can send to another zone, but no conduit of the intended zone policy (IEC 62443 zones and"
					+ " conduits) from the first zone to the second means them to. The finding carries an example path. Block the"
					+ " traffic where the path crosses a routing device or firewall, or add the conduit when the traffic is meant."),
	RESTRICTED_CABLED_TO_CORE_INFRA(Severity.WARNING, "Restricted device cabled to core equipment",
			"The device is logically separated from the core but physically plugged into equipment of a core zone; one"
					+ " VLAN change on that port would connect it."),
	DUAL_HOMED_BRIDGE(Severity.WARNING, "Endpoint bridging two zones",
			"An endpoint (often a video recorder or a server with a management card) has live interfaces in segments of two"
					+ " different zones. It does not forward, but whoever controls it joins the two. Only enabled cables and"
					+ " interfaces count."),
	UNCLASSIFIED_CAMERA(Severity.WARNING, "Camera of unknown make",
			"No usable manufacturer is recorded (none, or a placeholder such as 'Generic') and no MAC lies in a restricted"
					+ " vendor's block, so the camera is judged by its MAC alone. Record its make and model."),
	ZONE_VLAN_MISMATCH(Severity.WARNING, "Device in a VLAN of another zone",
			"The device is placed in one zone, but an interface of it is in a segment (VLAN) of another zone, often a port"
					+ " patched into the wrong VLAN. The analysis counts its traffic under the segment's zone: move it to a VLAN of"
					+ " its zone, or correct the zone it is recorded in."),
	WAIVER_EXPIRED(Severity.ERROR, "Expired waiver",
			"A waiver for a restricted device has passed its expiry date; the findings it covered are no longer waived."),
	RESTRICTED_DEVICE(Severity.INFO, "Restricted vendor's device",
			"The device is made by a vendor in the restricted-vendor catalog; the finding carries the legal basis.");

	private final Severity severity;
	private final String title;
	private final String help;

	Rule(Severity severity, String title, String help) {
		this.severity = severity;
		this.title = title;
		this.help = help;
	}

	public Severity severity() {
		return severity;
	}

	public String title() {
		return title;
	}

	public String help() {
		return help;
	}
}
