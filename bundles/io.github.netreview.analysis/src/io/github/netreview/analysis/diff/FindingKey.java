package io.github.netreview.analysis.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Identified;

/**
 * Which finding a finding is, across two versions of a network: its rule and the id of the element it is about (and,
 * for a conduit violation, of the zone it reaches), the identity {@link io.github.netreview.analysis.findings.FindingOrder}
 * sorts by. The analysis makes at most one finding of a rule per such key, so the same key in two versions is the
 * same finding, whatever its path, services, waiver or other elements (a core path now entering the core at another
 * segment is the same finding, changed).
 * <p>
 * SARIF's partial fingerprint {@value #FINGERPRINT} (the hash of the rule and every element id, as {@code check
 * --format sarif} writes it) is narrower: it changes with those other elements. {@link #fingerprint} computes it for
 * matching findings against an earlier SARIF log.
 */
public record FindingKey(Rule rule, List<String> ids) implements Comparable<FindingKey> {

	/** The name of NetReview's partial fingerprint in SARIF logs. */
	public static final String FINGERPRINT = "netreview/v1";

	private static final Comparator<FindingKey> ORDER = Comparator.comparing((FindingKey key) -> key.rule().severity()).reversed()
			.thenComparing(FindingKey::rule).thenComparing(FindingKey::ids, FindingKey::compareIds);

	public FindingKey {
		ids = List.copyOf(ids);
	}

	public static FindingKey of(Finding finding) {
		EObject subject = finding.subject();
		if (finding.rule() == Rule.CONDUIT_VIOLATION && finding.elements().size() > 1) {
			return new FindingKey(finding.rule(), List.of(idOf(subject), idOf(finding.elements().get(1))));
		}
		return new FindingKey(finding.rule(), List.of(idOf(subject)));
	}

	/** SARIF's {@value #FINGERPRINT} of {@code finding}: the rule and every element id, hashed (128 bits, in hex). */
	public static String fingerprint(Finding finding) {
		StringBuilder key = new StringBuilder(finding.rule().name());
		for (EObject element : finding.elements()) {
			key.append('|').append(element instanceof Identified identified ? identified.getId() : null);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

	/** An element's id, or its description when it has none. */
	public static String idOf(EObject element) {
		return element instanceof Identified identified && identified.getId() != null ? identified.getId() : ElementLabels.describe(element);
	}

	/** Most severe first, then by rule, then by the ids in natural order. */
	@Override
	public int compareTo(FindingKey other) {
		return ORDER.compare(this, other);
	}

	private static int compareIds(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int byId = NaturalOrder.INSTANCE.compare(a.get(i), b.get(i));
			if (byId != 0) {
				return byId;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	@Override
	public String toString() {
		return rule + " " + String.join(" -> ", ids);
	}
}
