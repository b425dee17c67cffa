package io.github.netreview.report.proposals;

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

/** Ranked proposals as JSON ({@value #FORMAT}): each as its proposal file would hold it, plus its cost and verification. */
public final class ProposalsJson {

	/** The format the document names first, so that scripts can tell it and its version. */
	public static final String FORMAT = "netreview-proposals/1";

	private ProposalsJson() {
	}

	public static String of(Path model, String networkId, int problems, List<Proposal> proposals) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
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
		object.addProperty("droppedFlows", cost.droppedFlows());
		object.addProperty("collateralDevices", cost.collateralDevices());
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
		object.add("inferredFlows", deviceFlows(verification.inferred()));
		object.add("memberFlows", deviceFlows(verification.deviceFlows().stream().filter(flow -> !flow.inferred()).toList()));
		object.add("collateral", collateral(verification.collateral()));
		object.addProperty("collateralAllowed", verification.collateralAllowed());
		return object;
	}

	/** Flows of single devices: source and destination by id and name, before and after, and what became of them. */
	private static JsonArray deviceFlows(List<Verification.DeviceFlow> flows) {
		JsonArray array = new JsonArray();
		for (Verification.DeviceFlow flow : flows) {
			JsonObject entry = new JsonObject();
			entry.addProperty("source", flow.source());
			entry.addProperty("sourceName", flow.sourceName());
			entry.addProperty("destination", flow.destination());
			entry.addProperty("destinationName", flow.destinationName());
			if (!flow.inferred()) {
				entry.addProperty("requiredFlow", flow.requiredFlow());
			}
			entry.addProperty("inferred", flow.inferred());
			entry.addProperty("before", flow.before());
			entry.addProperty("after", flow.after());
			entry.addProperty("outOfService", flow.outOfService());
			array.add(entry);
		}
		return array;
	}

	private static JsonArray collateral(List<Verification.Collateral> devices) {
		JsonArray array = new JsonArray();
		for (Verification.Collateral device : devices) {
			JsonObject entry = new JsonObject();
			entry.addProperty("device", device.device());
			entry.addProperty("name", device.name());
			JsonArray lost = new JsonArray();
			for (Verification.Lost item : device.lost()) {
				JsonObject what = new JsonObject();
				what.addProperty("kind", item.kind());
				what.addProperty("id", item.id());
				what.addProperty("name", item.name());
				lost.add(what);
			}
			entry.add("loses", lost);
			array.add(entry);
		}
		return array;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
