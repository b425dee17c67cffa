package io.github.netreview.report.findings;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.LegalBasis;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/**
 * An analysis as JSON for scripts ({@value #FORMAT}): summary, findings with elements, path, services, cause and legal
 * basis, coverage gaps, zone matrix.
 */
public final class FindingsJson {

	/** The format the document names first, so that scripts can tell it and its version. */
	public static final String FORMAT = "netreview-findings/1";

	private FindingsJson() {
	}

	public static String of(Path model, Network network, AnalysisResult result) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("model", model.toString());
		root.addProperty("network", network.getId());
		root.addProperty("devices", network.getDevices().size());
		root.addProperty("restricted", result.restricted().size());
		root.addProperty("catalog", result.catalogVersion());
		root.addProperty("registry", result.registryNote());
		JsonArray findings = new JsonArray();
		for (Finding finding : result.findings()) {
			findings.add(finding(finding));
		}
		root.add("findings", findings);
		root.add("coverage", coverage(result.coverage()));
		root.add("zonePolicy", zonePolicy(result.zonePolicy()));
		root.add("zoneMatrix", matrix(result.zoneMatrix(), result.zonePolicy()));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	private static JsonObject finding(Finding finding) {
		JsonObject object = new JsonObject();
		object.addProperty("rule", finding.rule().name());
		object.addProperty("severity", finding.severity().name());
		object.addProperty("waived", finding.waived());
		object.addProperty("waiver", finding.waived() ? finding.waiver().getId() : null);
		object.addProperty("message", finding.message());
		object.add("elements", elements(finding.elements()));
		object.add("path", elements(finding.path()));
		object.addProperty("services", finding.services());
		JsonArray cause = new JsonArray();
		finding.cause().forEach(cause::add);
		object.add("cause", cause);
		JsonArray basis = new JsonArray();
		for (LegalBasis legal : finding.legalBasis()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("basis", legal.basis());
			entry.addProperty("dateListed", legal.dateListed() == null ? null : legal.dateListed().toString());
			entry.addProperty("scope", legal.scope());
			entry.addProperty("citation", legal.citation());
			basis.add(entry);
		}
		object.add("legalBasis", basis);
		return object;
	}

	/** Whether the coverage is complete, and each gap with its kind, severity, summary and every element. */
	static JsonObject coverage(Coverage coverage) {
		JsonObject object = new JsonObject();
		object.addProperty("complete", coverage.complete());
		JsonArray gaps = new JsonArray();
		for (Gap gap : coverage.gaps()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("kind", gap.kind().name());
			entry.addProperty("severity", gap.severity().name());
			entry.addProperty("count", gap.elements().size());
			entry.addProperty("summary", gap.summary());
			entry.add("elements", elements(gap.elements()));
			gaps.add(entry);
		}
		object.add("gaps", gaps);
		return object;
	}

	static JsonArray elements(List<EObject> elements) {
		JsonArray array = new JsonArray();
		for (EObject element : elements) {
			JsonObject entry = new JsonObject();
			entry.addProperty("type", ElementLabels.typeName(element));
			entry.addProperty("id", element instanceof Identified identified ? identified.getId() : null);
			entry.addProperty("name", element instanceof Named named ? named.getName() : null);
			array.add(entry);
		}
		return array;
	}

	/** Whether the model states an intended zone policy, and how many cells stand how against it. */
	static JsonObject zonePolicy(ZonePolicy policy) {
		JsonObject object = new JsonObject();
		object.addProperty("stated", policy.stated());
		if (policy.stated()) {
			for (CellState state : CellState.values()) {
				object.addProperty(state.name(), policy.count(state));
			}
		}
		return object;
	}

	/**
	 * The cells where one zone reaches another, and those a conduit intends; with a stated policy each carries its
	 * state and the ids of its conduits.
	 */
	private static JsonArray matrix(ZoneMatrix matrix, ZonePolicy policy) {
		JsonArray cells = new JsonArray();
		for (Zone from : matrix.zones()) {
			for (Zone to : matrix.zones()) {
				ZoneMatrix.Cell cell = matrix.cell(from, to);
				if (cell.reachable() || !policy.conduits(from, to).isEmpty()) {
					JsonObject entry = new JsonObject();
					entry.addProperty("from", from.getId());
					entry.addProperty("to", to.getId());
					entry.addProperty("present", cell.reachable());
					entry.addProperty("services", cell.services());
					JsonArray via = new JsonArray();
					cell.via().forEach(device -> via.add(device.getId()));
					entry.add("via", via);
					if (policy.stated()) {
						entry.addProperty("state", policy.state(from, to).name());
						JsonArray conduits = new JsonArray();
						policy.conduits(from, to).forEach(conduit -> conduits.add(conduit.getId()));
						entry.add("conduits", conduits);
					}
					cells.add(entry);
				}
			}
		}
		return cells;
	}
}
