package io.github.netreview.io.changes;

import java.util.Set;

import io.github.netreview.model.topology.FirewallPolicy;

/**
 * The IOS name of each policy's access list: {@code NETREVIEW-<proposal>} for a list the proposal creates (the same
 * name in the change and its rollback), the policy's name as a token for a list the device already has.
 */
final class AclNames {

	private final String created;
	private final Set<String> createdPolicies;

	AclNames(String proposalId, Set<String> createdPolicies) {
		this.created = IosText.token("NETREVIEW-" + proposalId, "NETREVIEW-", IosText.ACL_NAME - 3);
		this.createdPolicies = Set.copyOf(createdPolicies);
	}

	/** The IPv4 extended access list's name. */
	String of(FirewallPolicy policy) {
		if (createdPolicies.contains(policy.getId())) {
			return created;
		}
		String name = policy.getName() == null || policy.getName().isBlank() ? policy.getId() : policy.getName();
		return IosText.token(name, "ACL-", IosText.ACL_NAME - 3);
	}

	/** The IPv6 access list's name. */
	String ipv6(FirewallPolicy policy) {
		return of(policy) + "-V6";
	}

	/** Whether the proposal creates the policy's list (so it has no entries to keep). */
	boolean isNew(FirewallPolicy policy) {
		return createdPolicies.contains(policy.getId());
	}
}
