package io.github.netreview.analysis.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;

/**
 * The SARIF {@code baselineState} of each finding of a run against the results of an earlier one: {@code new} when
 * the earlier run had no such result, {@code unchanged} when it had the same, {@code updated} when it had it with
 * another message, severity or suppression (a path of another length, a waiver that expired), and {@code absent} for
 * each earlier result no finding matches.
 * <p>
 * A finding matches the earlier result with its {@value FindingKey#FINGERPRINT} partial fingerprint. One left
 * unmatched then matches, as updated, an unmatched result of the same rule about the same element (its first logical
 * location) when each is the only one of its side with that rule and element: the same {@link FindingKey} whose other
 * elements changed (a core path entering the core at another segment).
 */
public final class BaselineStates {

	/** SARIF's baseline states. */
	public enum State {
		NEW("new"), UNCHANGED("unchanged"), UPDATED("updated"), ABSENT("absent");

		private final String sarifName;

		State(String sarifName) {
			this.sarifName = sarifName;
		}

		/** The value of SARIF's {@code baselineState} property. */
		public String sarifName() {
			return sarifName;
		}
	}

	private final Map<Finding, BaselineResult> matches = new IdentityHashMap<>();
	private final Map<Finding, State> states = new IdentityHashMap<>();
	private final List<BaselineResult> absent = new ArrayList<>();

	private BaselineStates() {
	}

	/** The states of {@code current}'s findings against the {@code baseline} results. */
	public static BaselineStates of(List<BaselineResult> baseline, List<Finding> current) {
		BaselineStates states = new BaselineStates();
		Map<String, Deque<BaselineResult>> byFingerprint = new HashMap<>();
		for (BaselineResult result : baseline) {
			if (result.fingerprint() != null) {
				byFingerprint.computeIfAbsent(result.fingerprint(), k -> new ArrayDeque<>()).add(result);
			}
		}
		Set<BaselineResult> used = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Finding> unmatched = new ArrayList<>();
		for (Finding finding : current) {
			Deque<BaselineResult> candidates = byFingerprint.get(FindingKey.fingerprint(finding));
			BaselineResult match = candidates == null ? null : candidates.poll();
			if (match == null) {
				unmatched.add(finding);
			} else {
				states.match(finding, match, used);
			}
		}
		List<BaselineResult> left = baseline.stream().filter(result -> !used.contains(result)).toList();
		Map<String, List<BaselineResult>> leftBySubject = bySubject(left, r -> r.ruleId() + "|" + r.subjectId());
		Map<String, List<Finding>> unmatchedBySubject = bySubject(unmatched, BaselineStates::subjectKey);
		for (Finding finding : unmatched) {
			List<BaselineResult> same = leftBySubject.getOrDefault(subjectKey(finding), List.of());
			if (same.size() == 1 && unmatchedBySubject.get(subjectKey(finding)).size() == 1) {
				states.match(finding, same.get(0), used);
				states.states.put(finding, State.UPDATED);
			} else {
				states.states.put(finding, State.NEW);
			}
		}
		baseline.stream().filter(result -> !used.contains(result)).forEach(states.absent::add);
		return states;
	}

	/** The state of {@code finding}, one of the current findings given; null for any other. */
	public State stateOf(Finding finding) {
		return states.get(finding);
	}

	/** The earlier result {@code finding} matched, or null when it is new. */
	public BaselineResult matchOf(Finding finding) {
		return matches.get(finding);
	}

	/** The earlier results no current finding matches, in the order of the earlier log. */
	public List<BaselineResult> absent() {
		return List.copyOf(absent);
	}

	/** How many findings (or, for {@link State#ABSENT}, earlier results) are in {@code state}. */
	public int count(State state) {
		return state == State.ABSENT ? absent.size() : (int) states.values().stream().filter(s -> s == state).count();
	}

	private void match(Finding finding, BaselineResult result, Set<BaselineResult> used) {
		used.add(result);
		matches.put(finding, result);
		states.put(finding, same(finding, result) ? State.UNCHANGED : State.UPDATED);
	}

	/** Whether the earlier result says what the finding says: message, severity and suppression. */
	private static boolean same(Finding finding, BaselineResult result) {
		boolean sameSeverity = result.severity() != null ? result.severity().equals(finding.severity().name())
				: Objects.equals(result.level(), level(finding.severity()));
		return sameSeverity && Objects.equals(result.message(), finding.message()) && result.suppressed() == finding.waived();
	}

	/** SARIF's level of a severity, as {@code check --format sarif} writes it. */
	static String level(Severity severity) {
		return switch (severity) {
		case CRITICAL, ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static String subjectKey(Finding finding) {
		return finding.rule().name() + "|" + FindingKey.idOf(finding.subject());
	}

	private static <T> Map<String, List<T>> bySubject(List<T> items, Function<T, String> key) {
		Map<String, List<T>> map = new LinkedHashMap<>();
		items.forEach(item -> map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
		return map;
	}
}
