package io.github.netreview.report.html;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Network;

/** The design-review page that {@code netreview report} and File &gt; Export &gt; Review report write: findings, then proposals. */
public final class ReviewReport {

	private final List<EObject> model;
	private final Analyzer analyzer;
	private final AnalysisResult result;
	private final List<Proposal> proposals;

	private ReviewReport(List<EObject> model, Analyzer analyzer, AnalysisResult result, List<Proposal> proposals) {
		this.model = model;
		this.analyzer = analyzer;
		this.result = result;
		this.proposals = proposals;
	}

	/**
	 * Works out the findings and the verified proposals of {@code model}, a model file's contents (its network first); the
	 * network is left as it was, except that elements without an id get one, since proposals name elements by id.
	 */
	public static ReviewReport of(List<EObject> model, Analyzer analyzer) {
		Proposer proposer = new Proposer(analyzer);
		Assessment before = proposer.assess((Network) model.get(0));
		return new ReviewReport(model, analyzer, before.result(), proposer.propose(before));
	}

	/** The proposals, best first; empty when nothing is in or reaches a core zone. */
	public List<Proposal> proposals() {
		return proposals;
	}

	/** The page, with the best proposal shown in detail. */
	public String html() {
		return html(proposals.isEmpty() ? null : proposals.get(0));
	}

	/** The page, with {@code chosen} (one of the proposals, or null for none) shown in detail. */
	public String html(Proposal chosen) {
		return HtmlReport.of("Network review: " + ElementLabels.name((Network) model.get(0)), model, result, proposals, chosen, analyzer);
	}
}
