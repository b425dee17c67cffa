package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * The ends of a firewall rule as access-list terms: a device as {@code host} of each of its addresses, a segment as
 * its prefixes, a zone as the prefixes of each of its segments, nobody as {@code any}.
 */
final class AclEnds {

	/** One access-list term and its address family; {@code any} fits both. */
	record Term(Family family, String text, IpPrefix prefix) {
		static final Term ANY = new Term(Family.ANY, "any", null);
	}

	enum Family {
		ANY, IPV4, IPV6
	}

	private AclEnds() {
	}

	/** The terms for {@code end} in {@code network}; empty when the model gives it no address. */
	static List<Term> of(FlowEndpoint end, Network network) {
		List<Term> terms = new ArrayList<>();
		switch (end) {
		case null -> terms.add(Term.ANY);
		case Device device -> {
			for (Interface card : device.getInterfaces()) {
				card.getAddresses().forEach(address -> add(terms, address, true));
			}
		}
		case Segment segment -> segment.getPrefixes().forEach(prefix -> add(terms, prefix, false));
		case Zone zone -> {
			for (Segment segment : network.getSegments()) {
				if (segment.getZone() == zone) {
					segment.getPrefixes().forEach(prefix -> add(terms, prefix, false));
				}
			}
		}
		default -> {
		}
		}
		return terms;
	}

	/** The prefixes a rule end covers (a device's addresses as hosts); empty for {@code any} or none known. */
	static List<IpPrefix> prefixes(FlowEndpoint end, Network network) {
		return of(end, network).stream().filter(term -> term.prefix() != null).map(Term::prefix).toList();
	}

	private static void add(List<Term> terms, String text, boolean host) {
		IpPrefix prefix = IosAddresses.parse(text);
		if (prefix == null) {
			return;
		}
		IpPrefix exact = host ? IpPrefix.parse(IosAddresses.address(prefix)) : prefix;
		Term term = new Term(prefix.isIpv6() ? Family.IPV6 : Family.IPV4, host ? IosAddresses.host(prefix) : IosAddresses.network(prefix),
				exact);
		if (terms.stream().noneMatch(t -> t.text().equals(term.text()))) {
			terms.add(term);
		}
	}
}
