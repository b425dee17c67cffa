package io.github.netreview.layout;

/** Where a drawn node sits from top to bottom: outside and perimeter first, endpoints last. */
enum Tier {
	/** Routers and whatever is in an external or perimeter (DMZ) zone. */
	OUTSIDE,
	/** Firewalls. */
	GATEWAY,
	/** Switches in a core zone, and routing switches. */
	CORE,
	/** Switches that other switches hang from, and data diodes. */
	DISTRIBUTION,
	/** Switches that only endpoints hang from. */
	ACCESS,
	/** Servers, workstations, cameras, access points and everything else; empty sites and zones. */
	ENDPOINT
}
