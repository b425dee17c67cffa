package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Whether edited firewalls now decide differently for some source and destination. Each firewall's decision
 * depends only on which of its own rules match the two parties, so parties are sorted into classes by those rules
 * (before and after the edit) and each pair of classes is decided once.
 */
final class PolicyChange {

	private final PolicyIndex before;
	private final PolicyIndex after;
	private final int[] firewalls;
	private final List<Map<Party, Integer>> sourceClasses;
	private final List<Map<Party, Integer>> destinationClasses;
	private final Map<List<Object>, Integer> classIds = new HashMap<>();
	private final Map<Long, Boolean> decided = new HashMap<>();

	PolicyChange(PolicyIndex before, PolicyIndex after, int[] firewalls) {
		this.before = before;
		this.after = after;
		this.firewalls = firewalls;
		sourceClasses = Arrays.stream(firewalls).mapToObj(f -> (Map<Party, Integer>) new HashMap<Party, Integer>()).toList();
		destinationClasses = Arrays.stream(firewalls).mapToObj(f -> (Map<Party, Integer>) new HashMap<Party, Integer>()).toList();
	}

	/** The classes some parties fall into at each edited firewall, with one party of each class. */
	record Kinds(List<Map<Integer, Party>> byFirewall) {
	}

	/** The classes of {@code parties} as sources (or as destinations when {@code source} is false). */
	Kinds kinds(Collection<Party> parties, boolean source) {
		List<Map<Integer, Party>> byFirewall = new ArrayList<>(firewalls.length);
		for (int i = 0; i < firewalls.length; i++) {
			Map<Integer, Party> kinds = new HashMap<>();
			for (Party party : parties) {
				kinds.putIfAbsent(classOf(i, party, source), party);
			}
			byFirewall.add(kinds);
		}
		return new Kinds(byFirewall);
	}

	/** Whether some edited firewall decides differently for a source of {@code sources} and a destination of {@code destinations}. */
	boolean affects(Kinds sources, Kinds destinations) {
		for (int i = 0; i < firewalls.length; i++) {
			int f = firewalls[i];
			for (Map.Entry<Integer, Party> source : sources.byFirewall().get(i).entrySet()) {
				for (Map.Entry<Integer, Party> destination : destinations.byFirewall().get(i).entrySet()) {
					long key = ((long) source.getKey() << 32) | destination.getKey();
					if (decided.computeIfAbsent(key, k -> decidesDifferently(f, source.getValue(), destination.getValue()))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean decidesDifferently(int f, Party source, Party destination) {
		BitSet sourceBefore = before.sourceSignature(source);
		BitSet destinationBefore = before.destinationSignature(destination);
		BitSet sourceAfter = after.sourceSignature(source);
		BitSet destinationAfter = after.destinationSignature(destination);
		if (!Arrays.equals(before.allowed(f, sourceBefore, destinationBefore), after.allowed(f, sourceAfter, destinationAfter))) {
			return true;
		}
		for (int port : IntStream.concat(Arrays.stream(before.ingressPorts(f)), Arrays.stream(after.ingressPorts(f))).distinct().toArray()) {
			if (!Arrays.equals(before.allowedIn(f, port, sourceBefore, destinationBefore),
					after.allowedIn(f, port, sourceAfter, destinationAfter))) {
				return true;
			}
		}
		return false;
	}

	private int classOf(int i, Party party, boolean source) {
		Map<Party, Integer> classes = (source ? sourceClasses : destinationClasses).get(i);
		return classes.computeIfAbsent(party, p -> {
			int f = firewalls[i];
			List<Object> key = source
					? List.of(i, true, before.ownRules(f, before.sourceSignature(p)), after.ownRules(f, after.sourceSignature(p)))
					: List.of(i, false, before.ownRules(f, before.destinationSignature(p)), after.ownRules(f, after.destinationSignature(p)));
			return classIds.computeIfAbsent(key, k -> classIds.size());
		});
	}
}
