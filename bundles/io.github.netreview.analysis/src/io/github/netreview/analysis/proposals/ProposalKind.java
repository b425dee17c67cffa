package io.github.netreview.analysis.proposals;

/** The kinds of segmentation change a proposal makes. */
public enum ProposalKind {
	/** Move restricted devices into an isolated surveillance segment by retagging their access ports. */
	ISOLATE,
	/** Add deny rules on a firewall or router ACL the paths cross. */
	DENY_RULE,
	/** Put a new firewall on the one link every path crosses. */
	INSERT_FIREWALL,
	/** Disable the fewest links that separate the restricted devices from the core. */
	MINIMUM_CUT,
	/** Swap the restricted devices for equipment of a vendor not on the catalog. */
	REPLACE
}
