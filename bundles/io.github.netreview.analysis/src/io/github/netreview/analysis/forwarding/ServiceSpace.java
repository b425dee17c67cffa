package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.github.netreview.model.syntax.PortList;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Service;

/**
 * All services split into atoms: TCP and UDP port ranges cut wherever some rule or required flow starts or ends a
 * range, plus ICMP and other IP protocols. A set of services is a bit mask over the atoms; every rule maps to one.
 */
public final class ServiceSpace {

	private static final int MAX_PORT = 65535;
	private static final Map<String, BitSet> PARSED_PORTS = new ConcurrentHashMap<>();

	/** Atom i covers ports [atomFrom[i], atomTo[i]] of protocol atomProtocol[i]; ICMP and OTHER have no ports. */
	private final Protocol[] atomProtocol;
	private final int[] atomFrom;
	private final int[] atomTo;
	private final int words;

	private ServiceSpace(List<Service> services) {
		TreeSet<Integer> tcpCuts = new TreeSet<>(List.of(1, MAX_PORT + 1));
		TreeSet<Integer> udpCuts = new TreeSet<>(List.of(1, MAX_PORT + 1));
		for (Service service : services) {
			BitSet ports = ports(service);
			if (ports == null) {
				continue;
			}
			for (int start = ports.nextSetBit(1); start >= 0; start = ports.nextSetBit(start)) {
				int end = ports.nextClearBit(start);
				if (service.getProtocol() != Protocol.UDP) {
					tcpCuts.add(start);
					tcpCuts.add(end);
				}
				if (service.getProtocol() != Protocol.TCP) {
					udpCuts.add(start);
					udpCuts.add(end);
				}
				start = end;
			}
		}
		List<Protocol> protocols = new ArrayList<>();
		List<int[]> ranges = new ArrayList<>();
		addRanges(Protocol.TCP, tcpCuts, protocols, ranges);
		addRanges(Protocol.UDP, udpCuts, protocols, ranges);
		protocols.add(Protocol.ICMP);
		ranges.add(new int[] { 0, 0 });
		protocols.add(Protocol.ANY); // other IP protocols
		ranges.add(new int[] { 0, 0 });
		atomProtocol = protocols.toArray(new Protocol[0]);
		atomFrom = ranges.stream().mapToInt(r -> r[0]).toArray();
		atomTo = ranges.stream().mapToInt(r -> r[1]).toArray();
		words = (atomProtocol.length + 63) / 64;
	}

	/** The atoms of every service the network's policies and required flows mention. */
	public static ServiceSpace of(Network network) {
		return of(network, network.getDevices());
	}

	/** The atoms of every service the policies of {@code devices} and the network's required flows mention. */
	static ServiceSpace of(Network network, Iterable<Device> devices) {
		List<Service> services = new ArrayList<>();
		for (Device device : devices) {
			FirewallPolicy policy = device.getPolicy();
			if (policy != null) {
				for (FirewallRule rule : policy.getRules()) {
					if (rule.getService() != null) {
						services.add(rule.getService());
					}
				}
			}
		}
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getService() != null) {
				services.add(flow.getService());
			}
		}
		return new ServiceSpace(services);
	}

	private static void addRanges(Protocol protocol, TreeSet<Integer> cuts, List<Protocol> protocols, List<int[]> ranges) {
		Integer previous = null;
		for (int cut : cuts) {
			if (previous != null) {
				protocols.add(protocol);
				ranges.add(new int[] { previous, cut - 1 });
			}
			previous = cut;
		}
	}

	/**
	 * The ports of a service, or null when it names none (all ports, or a protocol without ports). Parsed lists are
	 * kept by their text: policies repeat a few lists many times, and they are read again after every rule edit.
	 */
	private static BitSet ports(Service service) {
		if (service.getPorts() == null || service.getPorts().isBlank()) {
			return null;
		}
		return PARSED_PORTS.computeIfAbsent(service.getPorts(), ServiceSpace::parsePorts);
	}

	private static BitSet parsePorts(String text) {
		try {
			return PortList.parse(text).toBitSet();
		} catch (SyntaxException e) {
			return new BitSet();
		}
	}

	/** Whether {@code other} cuts services into the same atoms, so that masks of the two mean the same. */
	boolean sameAtoms(ServiceSpace other) {
		return Arrays.equals(atomProtocol, other.atomProtocol) && Arrays.equals(atomFrom, other.atomFrom)
				&& Arrays.equals(atomTo, other.atomTo);
	}

	public int atomCount() {
		return atomProtocol.length;
	}

	public long[] none() {
		return new long[words];
	}

	public long[] all() {
		long[] mask = new long[words];
		for (int a = 0; a < atomProtocol.length; a++) {
			mask[a >>> 6] |= 1L << a;
		}
		return mask;
	}

	/** The atoms of {@code service}; null means every service. */
	public long[] maskOf(Service service) {
		if (service == null) {
			return all();
		}
		Protocol protocol = service.getProtocol();
		BitSet ports = ports(service);
		long[] mask = new long[words];
		for (int a = 0; a < atomProtocol.length; a++) {
			if (covers(protocol, ports, a)) {
				mask[a >>> 6] |= 1L << a;
			}
		}
		return mask;
	}

	private boolean covers(Protocol protocol, BitSet ports, int atom) {
		Protocol atomKind = atomProtocol[atom];
		boolean ported = atomKind == Protocol.TCP || atomKind == Protocol.UDP;
		if (protocol == Protocol.ANY) {
			return ports == null || (ported && ports.get(atomFrom[atom]));
		}
		if (protocol != atomKind) {
			return false;
		}
		return ports == null || !ported || ports.get(atomFrom[atom]);
	}

	/** Whether {@code mask} holds traffic of {@code protocol} (TCP, UDP, ICMP; ANY for other IP protocols) to {@code port}. */
	public boolean contains(long[] mask, Protocol protocol, int port) {
		for (int a = 0; a < atomCount(); a++) {
			boolean ported = protocol == Protocol.TCP || protocol == Protocol.UDP;
			if (atomProtocol[a] == protocol && (!ported || (atomFrom[a] <= port && port <= atomTo[a]))) {
				return has(mask, a);
			}
		}
		return false;
	}

	/**
	 * Whether {@code mask}, of this space, holds every service of {@code wanted}, a mask of {@code space} (the atoms
	 * of another analysis of the network, which may cut ports otherwise).
	 */
	public boolean holdsAll(long[] mask, ServiceSpace space, long[] wanted) {
		for (int a = 0; a < space.atomCount(); a++) {
			if (!has(wanted, a)) {
				continue;
			}
			for (int b = 0; b < atomCount(); b++) {
				if (atomProtocol[b] == space.atomProtocol[a] && atomFrom[b] <= space.atomTo[a] && space.atomFrom[a] <= atomTo[b] && !has(mask, b)) {
					return false;
				}
			}
		}
		return true;
	}

	/** One atom of {@code mask}, or -1 when it is empty. */
	public int anyAtom(long[] mask) {
		for (int w = 0; w < mask.length; w++) {
			if (mask[w] != 0) {
				return w * 64 + Long.numberOfTrailingZeros(mask[w]);
			}
		}
		return -1;
	}

	/** The services of {@code mask} in words, such as "TCP 443, 554; UDP 514" or "any service". */
	public String describe(long[] mask) {
		if (ServiceMasks.equal(mask, all())) {
			return "any service";
		}
		if (ServiceMasks.isEmpty(mask)) {
			return "no service";
		}
		List<String> parts = new ArrayList<>();
		for (Protocol protocol : new Protocol[] { Protocol.TCP, Protocol.UDP }) {
			String ranges = describePorts(mask, protocol);
			if (!ranges.isEmpty()) {
				parts.add(protocol.getName() + " " + ranges);
			}
		}
		if (has(mask, atomCount() - 2)) {
			parts.add("ICMP");
		}
		if (has(mask, atomCount() - 1)) {
			parts.add("other IP protocols");
		}
		return String.join("; ", parts);
	}

	private String describePorts(long[] mask, Protocol protocol) {
		List<String> ranges = new ArrayList<>();
		int from = -1;
		int to = -1;
		boolean all = true;
		for (int a = 0; a < atomCount(); a++) {
			if (atomProtocol[a] != protocol) {
				continue;
			}
			if (!has(mask, a)) {
				all = false;
				continue;
			}
			if (from >= 0 && atomFrom[a] == to + 1) {
				to = atomTo[a];
			} else {
				if (from >= 0) {
					ranges.add(from == to ? String.valueOf(from) : from + "-" + to);
				}
				from = atomFrom[a];
				to = atomTo[a];
			}
		}
		if (from >= 0) {
			ranges.add(from == to ? String.valueOf(from) : from + "-" + to);
		}
		return all && !ranges.isEmpty() ? "all ports" : String.join(", ", ranges);
	}

	private static boolean has(long[] mask, int atom) {
		return (mask[atom >>> 6] & (1L << atom)) != 0;
	}
}
