package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.proposals.Cost;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.ProposalFiles;
import io.github.netreview.analysis.proposals.Verification;

/** Ranked proposals as JSON: each as its proposal file would hold it, plus its cost and verification. */
final class ProposalsJson {

	private ProposalsJson() {
	}

	static String of(Path model, String networkId, int problems, List<Proposal> proposals) {
		JsonObject root = new JsonObject();
		root.addProperty("model", model.toString());
		root.addProperty("restrictedInOrToCore", problems);
		JsonArray list = new JsonArray();
		for (Proposal proposal : proposals) {
			JsonObject entry = JsonParser.parseString(ProposalFiles.toJson(proposal, networkId)).getAsJsonObject();
			entry.remove("format");
			entry.remove("network");
			entry.add("cost", cost(proposal.cost()));
			entry.addProperty("feasible", proposal.feasible());
			entry.add("verification", verification(proposal.verification()));
			list.add(entry);
		}
		root.add("proposals", list);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private static JsonObject cost(Cost cost) {
		JsonObject object = new JsonObject();
		object.addProperty("changes", cost.changes());
		object.addProperty("rulesAdded", cost.rulesAdded());
		object.addProperty("portsRetagged", cost.portsRetagged());
		object.addProperty("elementsAdded", cost.elementsAdded());
		object.addProperty("linksDisabled", cost.linksDisabled());
		object.addProperty("devicesReplaced", cost.devicesReplaced());
		object.addProperty("brokenFlows", cost.brokenFlows());
		object.addProperty("weight", cost.weight());
		return object;
	}

	private static JsonObject verification(Verification verification) {
		JsonObject object = new JsonObject();
		object.add("removed", strings(verification.removed()));
		object.add("remaining", strings(verification.remaining()));
		object.add("introduced", strings(verification.introduced()));
		JsonArray flows = new JsonArray();
		for (Verification.FlowStatus flow : verification.flows()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("id", flow.id());
			entry.addProperty("name", flow.name());
			entry.addProperty("before", flow.before());
			entry.addProperty("after", flow.after());
			flows.add(entry);
		}
		object.add("requiredFlows", flows);
		JsonArray zones = new JsonArray();
		for (Verification.ZoneChange change : verification.zoneChanges()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("from", change.from());
			entry.addProperty("to", change.to());
			entry.addProperty("before", change.before());
			entry.addProperty("after", change.after());
			zones.add(entry);
		}
		object.add("zoneChanges", zones);
		return object;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
