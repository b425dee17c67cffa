package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.LegalBasis;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** An analysis as JSON for scripts: summary, findings with elements, path, services and legal basis, zone matrix. */
final class FindingsJson {

	private FindingsJson() {
	}

	static String of(Path model, Network network, AnalysisResult result) {
		JsonObject root = new JsonObject();
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
		root.add("zoneMatrix", matrix(result.zoneMatrix()));
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

	private static JsonArray matrix(ZoneMatrix matrix) {
		JsonArray cells = new JsonArray();
		for (Zone from : matrix.zones()) {
			for (Zone to : matrix.zones()) {
				ZoneMatrix.Cell cell = matrix.cell(from, to);
				if (cell.reachable()) {
					JsonObject entry = new JsonObject();
					entry.addProperty("from", from.getId());
					entry.addProperty("to", to.getId());
					entry.addProperty("services", cell.services());
					JsonArray via = new JsonArray();
					cell.via().forEach(device -> via.add(device.getId()));
					entry.add("via", via);
					cells.add(entry);
				}
			}
		}
		return cells;
	}
}
