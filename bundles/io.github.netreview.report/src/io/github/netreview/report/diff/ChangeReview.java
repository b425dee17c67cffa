package io.github.netreview.report.diff;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * A change to review, as every diff output renders it: the base and new versions of a model, what changed between
 * them, and the severity at which a new or worse finding fails the review.
 */
public record ChangeReview(Version base, Version now, NetworkDiff diff, Severity threshold) {

	/**
	 * One version of a model: how the outputs name it ({@code hq.netreview}, {@code hq.netreview@HEAD~1}), the file it
	 * is in (or, for a version from history, the file it was), and its contents, the network first.
	 */
	public record Version(String name, Path file, List<EObject> contents) {

		public Version {
			contents = List.copyOf(contents);
		}

		public Network network() {
			return (Network) contents.get(0);
		}

		/** The version's first diagram, or one drawn for its network when it has none. */
		public Diagram diagram() {
			return contents.stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).findFirst()
					.orElseGet(() -> DiagramBuilder.build(network(), "diagram-review", ElementLabels.name(network())));
		}
	}

	/** The change from {@code base} to {@code now}, both analysed by {@code analyzer}, failing at {@code threshold}. */
	public static ChangeReview of(Version base, Version now, Analyzer analyzer, Severity threshold) {
		return new ChangeReview(base, now, NetworkDiff.of(base.network(), now.network(), analyzer), threshold);
	}

	public DiffVerdict verdict() {
		return DiffVerdict.of(diff, threshold);
	}
}
