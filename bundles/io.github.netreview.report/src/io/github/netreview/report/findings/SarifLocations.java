package io.github.netreview.report.findings;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.io.ElementLines;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;

/** Where elements are, as SARIF says it: the element's line in the model file, the element by name and id, a path as a code flow. */
final class SarifLocations {

	private final SarifArtifact artifact;
	private final ElementLines lines;

	SarifLocations(SarifArtifact artifact, ElementLines lines) {
		this.artifact = artifact;
		this.lines = lines;
	}

	/** The location of {@code element}; for a finding's subject, the devices of its path follow as further logical locations. */
	JsonObject of(EObject element, Finding finding) {
		JsonObject location = new JsonObject();
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact.location());
		int line = lines.lineOf(id(element));
		if (line > 0) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", line);
			physical.add("region", region);
		}
		location.add("physicalLocation", physical);
		JsonArray logical = new JsonArray();
		logical.add(logical(element));
		if (finding != null) {
			for (EObject hop : finding.path()) {
				if (hop instanceof Device && hop != element) {
					logical.add(logical(hop));
				}
			}
		}
		location.add("logicalLocations", logical);
		return location;
	}

	/** The finding's path as one thread flow, a step per named hop. */
	JsonArray codeFlow(Finding finding) {
		JsonArray steps = new JsonArray();
		for (EObject hop : finding.path()) {
			if (hop instanceof Named named) {
				JsonObject step = new JsonObject();
				JsonObject location = of(hop, null);
				location.add("message", FindingsSarif.text(ElementLabels.describe(named)));
				step.add("location", location);
				steps.add(step);
			}
		}
		JsonObject threadFlow = new JsonObject();
		threadFlow.add("locations", steps);
		JsonArray threadFlows = new JsonArray();
		threadFlows.add(threadFlow);
		JsonObject flow = new JsonObject();
		flow.add("threadFlows", threadFlows);
		JsonArray flows = new JsonArray();
		flows.add(flow);
		return flows;
	}

	private static JsonObject logical(EObject element) {
		JsonObject logical = new JsonObject();
		logical.addProperty("name", element instanceof Named named && named.getName() != null && !named.getName().isBlank() ? named.getName() : id(element));
		logical.addProperty("fullyQualifiedName", id(element));
		logical.addProperty("kind", "resource");
		return logical;
	}

	static String id(EObject element) {
		return element instanceof Identified identified ? identified.getId() : null;
	}
}
