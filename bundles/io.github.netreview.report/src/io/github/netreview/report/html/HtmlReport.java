package io.github.netreview.report.html;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.VendorNames;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.analysis.proposals.Verifier;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.report.CoverageElements;
import io.github.netreview.report.ZoneCells;

/**
 * One self-contained HTML page for a design review: summary, coverage, restricted-device inventory with legal basis, the diagram
 * with the overlay, zone matrix, each finding with its path drawn by graphviz, the proposals with the chosen one's
 * changes, before/after diagrams and differential reachability, waivers, and the catalog used.
 */
public final class HtmlReport {

	private final StringBuilder html = new StringBuilder();

	private HtmlReport() {
	}

	/**
	 * The page titled {@code title} for {@code model}, a model file's contents (its network first, then its diagrams: the
	 * first is drawn, or one drawn for the network when there is none); {@code proposals} null leaves their section out,
	 * {@code chosen} null shows none in detail.
	 */
	public static String of(String title, List<EObject> model, AnalysisResult result, List<Proposal> proposals, Proposal chosen,
			Analyzer analyzer) {
		return new HtmlReport().page(title, model, result, proposals, chosen, analyzer);
	}

	private String page(String title, List<EObject> model, AnalysisResult result, List<Proposal> proposals, Proposal chosen, Analyzer analyzer) {
		Network network = (Network) model.get(0);
		Diagram diagram = model.stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).findFirst()
				.orElseGet(() -> DiagramBuilder.build(network, "diagram-report", ElementLabels.name(network)));
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(title)).append("</title>\n<style>\n")
				.append("body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
				.append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f5f7}")
				.append(".CRITICAL,.ERROR{color:#c00;font-weight:bold}.WARNING{color:#b36b00}.red{background:#e00;color:#fff}.intended{background:#dfd}.absent{background:#fe9}")
				.append(".diagram{overflow:auto;border:1px solid #ddd;max-height:900px}.waived{color:#777}\n</style></head><body>\n");
		html.append("<h1>").append(e(title)).append("</h1>\n");
		summary(network, result);
		coverage(result.coverage());
		inventory(result);
		html.append("<h2>Diagram</h2>\n<div class=\"diagram\">").append(svg(diagram, result)).append("</div>\n");
		matrix(result.zoneMatrix(), result.zonePolicy());
		findings(result);
		proposals(proposals, chosen, network, diagram, result, analyzer);
		waivers(network);
		html.append("<h2>Catalog</h2>\n<p>").append(e(result.catalogVersion())).append("<br>").append(e(result.registryNote())).append("</p>\n");
		html.append("</body></html>\n");
		return html.toString();
	}

	private void summary(Network network, AnalysisResult result) {
		html.append("<h2>Summary</h2>\n<table>");
		row("Network", ElementLabels.name(network));
		row("Devices", Integer.toString(network.getDevices().size()));
		row("Restricted devices", Integer.toString(result.restricted().size()));
		for (Severity severity : Severity.values()) {
			long count = result.findings().stream().filter(f -> f.severity() == severity && !f.waived()).count();
			row(severity.name().charAt(0) + severity.name().substring(1).toLowerCase() + " findings (not waived)", Long.toString(count));
		}
		row("Waived findings", Long.toString(result.findings().stream().filter(Finding::waived).count()));
		html.append("</table>\n");
	}

	private void coverage(Coverage coverage) {
		html.append("<h2>Coverage</h2>\n");
		if (coverage.complete()) {
			html.append("<p>Complete: a core zone to judge against, every device classifiable, every camera cabled, every cabled port"
					+ " in a VLAN and segment, every zone with a kind and every segment in a zone.</p>\n");
			return;
		}
		html.append("<p>What this review could not judge; no all-clear is given for it.</p>\n<table><tr><th>Severity</th><th>Gap</th>"
				+ "<th>Elements</th></tr>\n");
		for (Gap gap : coverage.gaps()) {
			html.append("<tr><td class=\"").append(gap.severity().name()).append("\">").append(gap.severity()).append("</td><td>")
					.append(e(gap.summary())).append("</td><td>").append(e(CoverageElements.listed(gap, 50))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void inventory(AnalysisResult result) {
		html.append("<h2>Restricted devices</h2>\n<table><tr><th>Device</th><th>Role</th><th>Make and model</th><th>Vendor</th><th>Evidence</th>"
				+ "<th>Site</th><th>Zone</th><th>Legal basis</th></tr>\n");
		for (Classification classification : result.restricted()) {
			Device device = classification.device();
			String basis = VendorNames.listings(classification.vendor()).stream()
					.map(listing -> listing.getBasis().getLiteral() + " (" + listing.getDateListed() + ")").collect(Collectors.joining("; "));
			html.append("<tr><td>").append(e(ElementLabels.name(device))).append("</td><td>").append(e(device.getRole().getLiteral())).append("</td><td>")
					.append(e(nullToEmpty(device.getManufacturer()) + " " + nullToEmpty(device.getModel()))).append("</td><td>")
					.append(e(VendorNames.of(classification.vendor()))).append("</td><td>").append(e(classification.evidence())).append("</td><td>")
					.append(e(device.getSite() == null ? "" : ElementLabels.name(device.getSite()))).append("</td><td>")
					.append(e(device.getZone() == null ? "" : ElementLabels.name(device.getZone()))).append("</td><td>").append(e(basis)).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void matrix(ZoneMatrix matrix, ZonePolicy policy) {
		html.append("<h2>Zone matrix</h2>\n<p>Which zone can send to which. ").append(policy.stated()
				? "Against the intended zone policy (the conduits): red, present but not intended (a violation); green, intended"
						+ " and present; amber, intended but absent; blank, neither."
				: "No intended zone policy is stated (the model has no conduits), so no cell is judged (red: a non-core zone"
						+ " reaching a core zone).").append("</p>\n<table><tr><th>from \\ to</th>");
		for (Zone zone : matrix.zones()) {
			html.append("<th>").append(e(ElementLabels.name(zone) + (zone.isCore() ? " (core)" : ""))).append("</th>");
		}
		html.append("</tr>\n");
		for (Zone from : matrix.zones()) {
			html.append("<tr><th>").append(e(ElementLabels.name(from))).append("</th>");
			for (Zone to : matrix.zones()) {
				ZoneMatrix.Cell cell = matrix.cell(from, to);
				String text = !cell.reachable() ? "-" : from == to ? "itself" : ZoneCells.traffic(cell);
				CellState state = policy.state(from, to);
				String conduits = ZoneCells.conduits(policy, from, to);
				if (state != null && state != CellState.NEITHER) {
					text = state.label() + ": " + text + (conduits.isEmpty() ? "" : "; conduit " + conduits);
				}
				html.append(cellTag(state, cell.reachable() && to.isCore() && !from.isCore())).append(e(text)).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	/** The opening tag of a matrix cell, classed by its state (or, without a policy, red when it reaches the core). */
	private static String cellTag(CellState state, boolean reachesCore) {
		if (state == null) {
			return reachesCore ? "<td class=\"red\">" : "<td>";
		}
		return switch (state) {
			case PRESENT_NOT_INTENDED -> "<td class=\"red\">";
			case INTENDED_AND_PRESENT -> "<td class=\"intended\">";
			case INTENDED_NOT_PRESENT -> "<td class=\"absent\">";
			case NEITHER -> "<td>";
		};
	}

	private void findings(AnalysisResult result) {
		html.append("<h2>Findings</h2>\n");
		for (Finding finding : result.findings()) {
			html.append("<h3 class=\"").append(finding.waived() ? "waived" : finding.severity().name()).append("\">").append(finding.severity())
					.append(' ').append(finding.rule()).append(finding.waived() ? " (waived by " + e(finding.waiver().getId()) + ")" : "")
					.append("</h3>\n<p>").append(e(finding.message())).append("</p>\n");
			if (!finding.path().isEmpty()) {
				html.append("<p>Path: ").append(e(PathText.chain(finding.path()))).append("<br>Services: ").append(e(finding.services()))
						.append("</p>\n").append(PathGraph.svg(finding.path())).append('\n');
			}
			if (!finding.cause().isEmpty()) {
				html.append("<p>Cause:</p>\n<ul>\n");
				finding.cause().forEach(cause -> html.append("<li>").append(e(cause)).append("</li>\n"));
				html.append("</ul>\n");
			}
			if (!finding.legalBasis().isEmpty()) {
				html.append("<p>Legal basis: ").append(e(finding.legalBasis().stream().map(Object::toString).collect(Collectors.joining("; "))))
						.append("</p>\n");
			}
		}
	}

	private void proposals(List<Proposal> proposals, Proposal chosen, Network network, Diagram diagram, AnalysisResult before,
			Analyzer analyzer) {
		if (proposals == null) {
			return; // not worked out for this page (check --format html)
		}
		html.append("<h2>Segmentation proposals</h2>\n");
		if (proposals.isEmpty()) {
			html.append("<p>Nothing is in or reaches a core zone: no proposal needed.</p>\n");
			return;
		}
		html.append("<table><tr><th>#</th><th>Id</th><th>Proposal</th><th>Cost</th><th>Verified</th><th>Collateral</th></tr>\n");
		for (int i = 0; i < proposals.size(); i++) {
			Proposal proposal = proposals.get(i);
			html.append("<tr><td>").append(i + 1).append("</td><td>").append(e(proposal.id())).append("</td><td>").append(e(proposal.title()))
					.append("</td><td>").append(e(proposal.cost().describe())).append("</td><td>")
					.append(proposal.feasible() ? "feasible" : "INFEASIBLE").append("</td><td>")
					.append(proposal.verification().collateral().size()).append(" devices cut off</td></tr>\n");
		}
		html.append("</table>\n");
		if (chosen == null) {
			return;
		}
		ElementIds ids = ElementIds.of(network);
		html.append("<h3>Proposal ").append(e(chosen.id())).append(": ").append(e(chosen.title())).append("</h3>\n<p>").append(e(chosen.rationale()))
				.append("</p>\n<ol>\n");
		for (ModelEdit edit : chosen.edits()) {
			html.append("<li>").append(e(edit.describe(ids))).append("</li>\n");
		}
		html.append("</ol>\n");
		Verification verification = chosen.verification();
		html.append("<p>Differential reachability: removes ").append(verification.removed().size()).append(", leaves ")
				.append(verification.remaining().size()).append(", adds ").append(verification.introduced().size())
				.append(" restricted devices in or to the core.</p>\n<table><tr><th>Required flow</th><th>Before</th><th>After</th></tr>\n");
		for (Verification.FlowStatus flow : verification.flows()) {
			html.append("<tr><td>").append(e(flow.shownName())).append("</td><td>").append(flow.before() ? "works" : "broken").append("</td><td>")
					.append(flow.after() ? "works" : "<b>broken</b>").append("</td></tr>\n");
		}
		for (Verification.DeviceFlow flow : verification.deviceFlows()) {
			String what = flow.inferred() ? " (inferred)" : " (" + flow.requiredFlow() + ", for this device)";
			html.append("<tr><td>").append(e(flow.sourceName() + " \u2192 " + flow.destinationName() + what)).append("</td><td>")
					.append(flow.before() ? "works" : "does not").append("</td><td>")
					.append(flow.after() ? "works" : flow.dropped() ? "dropped (out of service)" : flow.broken() ? "<b>broken</b>" : "out of service (did not work before)").append("</td></tr>\n");
		}
		html.append("</table>\n");
		html.append("<table><tr><th>Collateral: device cut off</th><th>Loses</th></tr>\n");
		if (verification.collateral().isEmpty()) {
			html.append("<tr><td>none</td><td></td></tr>\n");
		}
		for (Verification.Collateral device : verification.collateral()) {
			html.append("<tr><td>").append(e(device.name() + " (" + device.device() + ")")).append("</td><td>")
					.append(e(String.join(", ", device.lost().stream().map(lost -> lost.kind() + " " + lost.name() + " (" + lost.id() + ")").toList())))
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
		for (Verification.ZoneChange change : verification.zoneChanges()) {
			html.append("<p>Zone ").append(e(change.from())).append(" &rarr; ").append(e(change.to())).append(": ")
					.append(change.after() ? "now reachable" : "no longer reachable").append("</p>\n");
		}
		Network after = Verifier.applyToCopy(network, chosen.edits());
		Diagram afterDiagram = DiagramBuilder.build(after, "diagram-after", ElementLabels.name(network) + " after " + chosen.id());
		html.append("<h4>Before</h4>\n<div class=\"diagram\">").append(svg(diagram, before)).append("</div>\n");
		html.append("<h4>After</h4>\n<div class=\"diagram\">").append(svg(afterDiagram, analyzer.analyze(after))).append("</div>\n");
	}

	private void waivers(Network network) {
		html.append("<h2>Waivers</h2>\n");
		if (network.getWaivers().isEmpty()) {
			html.append("<p>None.</p>\n");
			return;
		}
		html.append("<table><tr><th>Id</th><th>Device</th><th>Rule</th><th>Expiry</th><th>Approver</th><th>Justification</th></tr>\n");
		for (Waiver waiver : network.getWaivers()) {
			html.append("<tr><td>").append(e(waiver.getId())).append("</td><td>").append(e(waiver.getDevice() == null ? "" : ElementLabels.name(waiver.getDevice())))
					.append("</td><td>").append(e(nullToEmpty(waiver.getRule()))).append("</td><td>")
					.append(e(waiver.getExpiry() == null ? "" : waiver.getExpiry().toString())).append("</td><td>").append(e(nullToEmpty(waiver.getApprover())))
					.append("</td><td>").append(e(nullToEmpty(waiver.getJustification()))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static String svg(Diagram diagram, AnalysisResult result) {
		return DiagramSvg.render(diagram, result.restrictedIds(), PathPalette.colours(result.corePathNumbers()));
	}

	private void row(String name, String value) {
		html.append("<tr><th>").append(e(name)).append("</th><td>").append(e(value)).append("</td></tr>");
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** {@code text} as HTML: markup escaped, control and bidi characters shown; null as empty. */
	static String e(String text) {
		return SafeText.markup(text);
	}
}
