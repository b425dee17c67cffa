package io.github.netreview.analysis.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.topology.Waiver;

/**
 * The findings of two versions of a network matched by {@link FindingKey}: new, fixed, unchanged, or changed with
 * what changed (severity, waiver, path length, route, other elements, services). Messages are not compared: their
 * wording follows names, which the element changes report.
 */
public record FindingDelta(List<Entry> entries) {

	/** Where a finding stands in the new version against the base. */
	public enum Status {
		/** Only in the new version. */
		NEW,
		/** In both, with a difference. */
		CHANGED,
		/** Only in the base version. */
		FIXED,
		/** In both, the same. */
		UNCHANGED
	}

	/** What can differ between the base and new version of one finding. */
	public enum Aspect {
		SEVERITY, WAIVER,
		/** The path's length, in hops ("no path" when it has none). */
		PATH,
		/** The hops of a path of the same length, by id. */
		ROUTE,
		/** The elements the finding names beyond its key (the core segment reached, the legs of a dual-homed device). */
		ELEMENTS, SERVICES
	}

	/** One difference, as text: "12 hops" -> "9 hops", "waived by waiver-1 until 2027-06-30" -> "not waived". */
	public record Difference(Aspect aspect, String before, String after) {
	}

	/** One finding: its status, key, the base and new findings (null where absent) and their differences. */
	public record Entry(Status status, FindingKey key, Finding base, Finding now, List<Difference> differences) {

		public Entry {
			differences = List.copyOf(differences);
		}

		/** The new finding, or the base one when it was fixed. */
		public Finding finding() {
			return now != null ? now : base;
		}

		public Severity severity() {
			return finding().severity();
		}

		/**
		 * Whether the new version is worse for this finding: it is new and not waived, or it was changed and is no
		 * longer waived (its waiver expired or was removed) or more severe. Such a finding fails a check that the
		 * base passed.
		 */
		public boolean worsened() {
			return switch (status) {
			case NEW -> !now.waived();
			case CHANGED -> !now.waived() && (base.waived() || now.severity().compareTo(base.severity()) > 0);
			case FIXED, UNCHANGED -> false;
			};
		}
	}

	private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::status).thenComparing(Entry::key);

	public FindingDelta {
		entries = List.copyOf(entries);
	}

	/**
	 * The findings of {@code now} against those of {@code base}. Findings with the same key (which the analysis does
	 * not make) are paired in the order given. Entries come new first, then changed, fixed and unchanged, each most
	 * severe first, then by rule and ids in natural order.
	 */
	public static FindingDelta of(List<Finding> base, List<Finding> now) {
		Map<FindingKey, Deque<Finding>> before = new LinkedHashMap<>();
		for (Finding finding : base) {
			before.computeIfAbsent(FindingKey.of(finding), k -> new ArrayDeque<>()).add(finding);
		}
		List<Entry> entries = new ArrayList<>();
		for (Finding finding : now) {
			FindingKey key = FindingKey.of(finding);
			Deque<Finding> candidates = before.get(key);
			Finding was = candidates == null ? null : candidates.poll();
			if (was == null) {
				entries.add(new Entry(Status.NEW, key, null, finding, List.of()));
			} else {
				List<Difference> differences = differences(was, finding);
				entries.add(new Entry(differences.isEmpty() ? Status.UNCHANGED : Status.CHANGED, key, was, finding, differences));
			}
		}
		before.forEach((key, left) -> left.forEach(finding -> entries.add(new Entry(Status.FIXED, key, finding, null, List.of()))));
		entries.sort(ORDER);
		return new FindingDelta(entries);
	}

	/** The entries of {@code status}, in order. */
	public List<Entry> with(Status status) {
		return entries.stream().filter(entry -> entry.status() == status).toList();
	}

	/** Whether nothing was found new, changed or fixed. */
	public boolean isEmpty() {
		return entries.stream().allMatch(entry -> entry.status() == Status.UNCHANGED);
	}

	/** The findings {@linkplain Entry#worsened() worsened} at {@code threshold} or above. */
	public List<Entry> worsenedAtLeast(Severity threshold) {
		return entries.stream().filter(entry -> entry.worsened() && entry.severity().atLeast(threshold)).toList();
	}

	/** Whether a new (or worsened) finding at {@code threshold} or above is not waived: what fails a review of the change. */
	public boolean worsensAtLeast(Severity threshold) {
		return !worsenedAtLeast(threshold).isEmpty();
	}

	private static List<Difference> differences(Finding was, Finding now) {
		List<Difference> differences = new ArrayList<>();
		if (was.severity() != now.severity()) {
			differences.add(new Difference(Aspect.SEVERITY, was.severity().name(), now.severity().name()));
		}
		if (!waiverText(was.waiver()).equals(waiverText(now.waiver()))) {
			differences.add(new Difference(Aspect.WAIVER, waiverText(was.waiver()), waiverText(now.waiver())));
		}
		if (was.path().size() != now.path().size()) {
			differences.add(new Difference(Aspect.PATH, hops(was.path()), hops(now.path())));
		} else if (!ids(was.path()).equals(ids(now.path()))) {
			differences.add(new Difference(Aspect.ROUTE, String.join(" -> ", ids(was.path())), String.join(" -> ", ids(now.path()))));
		}
		if (!ids(was.elements()).equals(ids(now.elements()))) {
			differences.add(new Difference(Aspect.ELEMENTS, String.join(", ", ids(was.elements())), String.join(", ", ids(now.elements()))));
		}
		if (!Objects.equals(was.services(), now.services())) {
			differences.add(new Difference(Aspect.SERVICES, Objects.requireNonNullElse(was.services(), "none"),
					Objects.requireNonNullElse(now.services(), "none")));
		}
		return differences;
	}

	private static String waiverText(Waiver waiver) {
		if (waiver == null) {
			return "not waived";
		}
		return "waived by " + FindingKey.idOf(waiver) + (waiver.getExpiry() == null ? " without expiry" : " until " + waiver.getExpiry());
	}

	private static String hops(List<EObject> path) {
		return path.isEmpty() ? "no path" : path.size() + (path.size() == 1 ? " hop" : " hops");
	}

	private static List<String> ids(List<EObject> elements) {
		return elements.stream().map(FindingKey::idOf).toList();
	}
}
