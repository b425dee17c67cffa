package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.syntax.PortList;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Service;

/**
 * A firewall rule as extended access-list entries, IPv4 and IPv6 apart: one per source term, destination term and
 * protocol and port item of its service, such as {@code deny tcp host 10.10.30.108 10.10.10.0 0.0.0.255 eq 443}; what
 * the model does not give (an end without addresses) is said in {@code problems}.
 */
record AclEntries(String remark, List<String> ipv4, List<String> ipv6, List<String> problems) {

	/** One protocol and port item: the protocol word for IPv4 and IPv6 and what follows the destination. */
	private record ServiceTerm(String ipv4, String ipv6, String ports) {
	}

	static AclEntries of(FirewallRule rule, Network network) {
		List<AclEnds.Term> sources = AclEnds.of(rule.getSource(), network);
		List<AclEnds.Term> destinations = AclEnds.of(rule.getDestination(), network);
		List<String> problems = new ArrayList<>();
		if (sources.isEmpty()) {
			problems.add("source " + Devices.label(rule.getSource()) + " has no IP address or prefix in the model");
		}
		if (destinations.isEmpty()) {
			problems.add("destination " + Devices.label(rule.getDestination()) + " has no IP address or prefix in the model");
		}
		String action = rule.getAction() == Action.ALLOW ? "permit" : "deny";
		List<String> ipv4 = new ArrayList<>();
		List<String> ipv6 = new ArrayList<>();
		List<ServiceTerm> services = services(rule.getService(), problems);
		for (AclEnds.Term source : sources) {
			for (AclEnds.Term destination : destinations) {
				AclEnds.Family family = family(source, destination);
				if (family == null) {
					continue;
				}
				for (ServiceTerm service : services) {
					boolean v6 = family == AclEnds.Family.IPV6;
					(v6 ? ipv6 : ipv4).add(action + " " + (v6 ? service.ipv6() : service.ipv4()) + " " + source.text() + " "
							+ destination.text() + service.ports());
				}
			}
		}
		if (problems.isEmpty() && ipv4.isEmpty() && ipv6.isEmpty()) {
			problems.add("its source and destination have no address family in common");
		}
		return new AclEntries(IosText.line(ElementLabels.name(rule), IosText.REMARK - "remark ".length()), ipv4, ipv6, problems);
	}

	/** The family of an entry from {@code source} to {@code destination}, null when they have none in common; any-any is IPv4. */
	private static AclEnds.Family family(AclEnds.Term source, AclEnds.Term destination) {
		if (source.family() == AclEnds.Family.ANY) {
			return destination.family() == AclEnds.Family.ANY ? AclEnds.Family.IPV4 : destination.family();
		}
		if (destination.family() == AclEnds.Family.ANY || destination.family() == source.family()) {
			return source.family();
		}
		return null;
	}

	private static List<ServiceTerm> services(Service service, List<String> problems) {
		if (service == null || service.getProtocol() == Protocol.ANY && service.getPorts() == null) {
			return List.of(new ServiceTerm("ip", "ipv6", ""));
		}
		if (service.getProtocol() == Protocol.ICMP) {
			return List.of(new ServiceTerm("icmp", "icmp", ""));
		}
		List<String> protocols = service.getProtocol() == Protocol.ANY ? List.of("tcp", "udp")
				: List.of(service.getProtocol().getLiteral().toLowerCase(java.util.Locale.ROOT));
		List<String> ports = ports(service.getPorts(), problems);
		List<ServiceTerm> terms = new ArrayList<>();
		for (String protocol : protocols) {
			for (String port : ports) {
				terms.add(new ServiceTerm(protocol, protocol, port));
			}
		}
		return terms;
	}

	/** Each run of ports as {@code eq 443} or {@code range 8000 8099}; one empty item for all ports. */
	private static List<String> ports(String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return List.of("");
		}
		BitSet ports;
		try {
			ports = PortList.parse(text).toBitSet();
		} catch (SyntaxException e) {
			problems.add("ports " + IosText.shown(text) + ": " + e.getMessage());
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (int from = ports.nextSetBit(0); from >= 0; from = ports.nextSetBit(ports.nextClearBit(from))) {
			int to = ports.nextClearBit(from) - 1;
			items.add(to > from ? " range " + from + " " + to : " eq " + from);
		}
		return items;
	}

	/** The entries and remark as they go into a list, the problems as comments; IPv6 ones when {@code v6}. */
	List<String> lines(boolean v6) {
		List<String> lines = new ArrayList<>();
		List<String> entries = v6 ? ipv6 : ipv4;
		if (!entries.isEmpty() || !v6 && !problems.isEmpty()) {
			lines.add("remark " + remark);
		}
		if (!v6) {
			problems.forEach(problem -> lines.add(IosText.comment("rule " + remark + ": " + problem + "; add its entries by hand")));
		}
		lines.addAll(entries);
		return lines;
	}
}
