package io.github.netreview.report.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.analysis.diff.ModelListing;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.notation.Bendpoint;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.report.ZoneCells;

/**
 * One version of a model as text for line diffs ({@code netreview diff --textconv}, a git diff driver): one line per
 * value of every element, sorted by type and id and each naming its element, the segments each end host is in, one line
 * per diagram (its size and a fingerprint of its layout), then the analysis: each finding with its path and waiver, the
 * zone-matrix cells that are present or intended, and the coverage. Nothing in it depends on the file's name or place,
 * so two versions differ only where the model does.
 */
public final class ModelTextconv {

	private final StringBuilder text = new StringBuilder();

	private ModelTextconv() {
	}

	/** The text of {@code contents}, a model file's contents (its network first), analysed by {@code analyzer}. */
	public static String of(List<EObject> contents, Analyzer analyzer) {
		return new ModelTextconv().write(contents, analyzer);
	}

	private String write(List<EObject> contents, Analyzer analyzer) {
		Network network = (Network) contents.get(0);
		ForwardingAnalysis forwarding = ForwardingAnalysis.of(NetworkIndex.of(network));
		AnalysisResult result = analyzer.analyze(network, forwarding);
		line("# NetReview model as text for line diffs (netreview diff --textconv)");
		for (ElementChange element : ModelListing.of(network, forwarding::hostSegmentsOf).changes()) {
			if (element.features().isEmpty()) {
				line(element.label());
			}
			for (FeatureChange feature : element.features()) {
				line(element.label() + " " + feature.feature() + ": " + feature.after());
			}
		}
		contents.stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).forEach(this::diagram);
		for (Finding finding : result.findings()) {
			String named = "finding " + ChangeWords.finding(finding);
			line(named + ": " + finding.message());
			if (!finding.path().isEmpty()) {
				line(named + " path: " + PathText.chain(finding.path()) + "; services: " + finding.services());
			}
			if (finding.waived()) {
				line(named + " " + ChangeWords.waiver(finding));
			}
		}
		matrix(result.zoneMatrix(), result.zonePolicy());
		if (result.coverage().complete()) {
			line("coverage complete");
		}
		for (Gap gap : result.coverage().gaps()) {
			line("coverage gap " + gap.severity() + " " + gap.kind() + ": " + gap.summary());
			gap.elements().forEach(element -> line("coverage gap " + gap.kind() + " " + ElementLabels.describe(element)));
		}
		line("catalog: " + result.catalogVersion());
		return text.toString();
	}

	/** A diagram in one line: how much it draws and a fingerprint of where, which any move of a box or bend changes. */
	private void diagram(Diagram diagram) {
		StringBuilder layout = new StringBuilder();
		int nodes = 0;
		int edges = 0;
		for (EObject view : (Iterable<EObject>) () -> EcoreUtil.getAllContents(diagram, true)) {
			if (view instanceof Node node) {
				nodes++;
				layout.append(ElementLabels.describe(node.getElement())).append(' ').append(node.getX()).append(',').append(node.getY()).append(' ')
						.append(node.getWidth()).append('x').append(node.getHeight()).append(node.isCollapsed() ? " collapsed" : "").append('\n');
			} else if (view instanceof Edge edge) {
				edges++;
				layout.append(ElementLabels.describe(edge.getElement()));
				for (Bendpoint bend : edge.getBendpoints()) {
					layout.append(' ').append(bend.getX()).append(',').append(bend.getY());
				}
				layout.append('\n');
			}
		}
		line(ElementLabels.describe(diagram) + ": " + nodes + " nodes, " + edges + " edges, layout " + fingerprint(layout.toString()));
	}

	/** Every cell where one zone reaches another or a conduit means it to. */
	private void matrix(ZoneMatrix matrix, ZonePolicy policy) {
		for (Zone from : matrix.zones()) {
			for (Zone to : matrix.zones()) {
				if (matrix.cell(from, to).reachable() || !policy.conduits(from, to).isEmpty()) {
					String conduits = ZoneCells.conduits(policy, from, to);
					line("zone matrix " + ElementLabels.name(from) + " -> " + ElementLabels.name(to) + ": " + ZoneCells.state(policy, matrix, from, to)
							+ ", carries " + ZoneCells.traffic(matrix.cell(from, to)) + (conduits.isEmpty() ? "" : "; conduit " + conduits));
				}
			}
		}
	}

	private static String fingerprint(String layout) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8)), 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

	/** {@code line} as one line, whatever names in it hold (a newline in a name must not forge a line). */
	private void line(String line) {
		text.append(SafeText.visible(line)).append('\n');
	}
}
