package io.github.netreview.analysis.findings;

/** The rules the analysis checks, with stable ids (their names), severities and help for reports. */
public enum Rule {
	RESTRICTED_DEVICE_IN_CORE(Severity.CRITICAL, "Restricted device in a core network",
			"A device made by a restricted vendor sits in a core segment or zone. The UK statement of 24 November 2022"
					+ " says no such equipment may be connected to departmental core networks: move it out or replace it."),
	RESTRICTED_PATH_TO_CORE(Severity.CRITICAL, "Path from a restricted device to a core network",
			"Packets from a restricted vendor's device can reach a core segment through switches, routers and"
					+ " firewalls that let them pass. Cut the path (isolate the device, deny it on a firewall) or replace it."),
	RESTRICTED_ON_SENSITIVE_SITE(Severity.ERROR, "Restricted surveillance equipment on a sensitive site",
			"Visual surveillance equipment of a company subject to the PRC National Intelligence Law is deployed on a"
					+ " site marked sensitive; the UK statement of 24 November 2022 asks departments to cease such deployment."),
	RESTRICTED_CABLED_TO_CORE_INFRA(Severity.WARNING, "Restricted device cabled to core equipment",
			"The device is logically separated from the core but physically plugged into equipment of a core zone; one"
					+ " VLAN change on that port would connect it."),
	DUAL_HOMED_BRIDGE(Severity.WARNING, "Endpoint bridging a restricted segment and a core segment",
			"An endpoint (often a video recorder) has interfaces both in a segment with restricted devices and in a core"
					+ " segment. It does not forward, but whoever controls it joins the two."),
	UNCLASSIFIED_CAMERA(Severity.WARNING, "Camera of unknown make",
			"No manufacturer is recorded and no MAC lies in a restricted vendor's block, so the camera cannot be"
					+ " classified. Record its make and model."),
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
