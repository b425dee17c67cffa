package io.github.netreview.report.proposals;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.edit.ElementIds;

/** Prints ranked proposals for people: rank, id, title, cost, rationale, each change, and what verification showed. */
public final class ProposalsText {

	private final PrintWriter out;

	public ProposalsText(PrintWriter out) {
		this.out = out;
	}

	public void print(Path model, int problems, List<Proposal> proposals, ElementIds ids) {
		line("%s: %d restricted %s in or with a path to the core; %d %s", model, problems, problems == 1 ? "device" : "devices",
				proposals.size(), proposals.size() == 1 ? "proposal" : "proposals");
		for (int i = 0; i < proposals.size(); i++) {
			out.println();
			print(i + 1, proposals.get(i), ids);
		}
	}

	/** Prints one line, whatever the names in it hold (a newline in a name must not forge a line). */
	private void line(String format, Object... values) {
		out.println(SafeText.visible(String.format(format, values)));
	}

	public void print(int rank, Proposal proposal, ElementIds ids) {
		line("#%d %s (%s): %s", rank, proposal.id(), proposal.kind(), proposal.title());
		line("  cost: %s; %s", proposal.cost().describe(), proposal.feasible() ? "feasible" : "INFEASIBLE");
		if (proposal.rationale() != null) {
			line("  why: %s", proposal.rationale());
		}
		line("  changes:");
		for (ModelEdit edit : proposal.edits()) {
			line("    - %s", edit.describe(ids));
		}
		Verification verification = proposal.verification();
		line("  verified: removes %d, leaves %d, adds %d restricted %s in or to the core", verification.removed().size(),
				verification.remaining().size(), verification.introduced().size(),
				verification.remaining().size() + verification.introduced().size() == 1 ? "device" : "devices");
		for (Verification.FlowStatus flow : verification.flows()) {
			line("    required flow '%s': %s", flow.shownName(), flow.broken() ? "BROKEN"
					: flow.after() ? "works" : "did not work before either");
			for (Verification.DeviceFlow member : verification.deviceFlows()) {
				if (flow.id().equals(member.requiredFlow())) {
					line("      for %s (%s): %s", member.sourceName(), member.source(), state(member));
				}
			}
		}
		line("  inferred flows: %s", inferred(verification));
		if (proposal.cost().linksDisabled() > 0 || !verification.dropped().isEmpty()) {
			line("  dropped with devices taken out of service: %s", dropped(verification));
		}
		line("  collateral: %s", collateral(verification));
		for (Verification.ZoneChange change : verification.zoneChanges()) {
			line("    zone %s -> %s: %s", change.from(), change.to(), change.after() ? "now reachable" : "no longer reachable");
		}
	}

	/** A flow of one device in words: works, BROKEN, dropped with its device, or as it was. */
	static String state(Verification.DeviceFlow flow) {
		if (flow.dropped()) {
			return "dropped (the device goes out of service)";
		}
		if (flow.broken()) {
			return "BROKEN (" + (flow.before() ? "it reached " : "it would not reach ") + flow.destinationName() + ")";
		}
		if (!flow.after()) {
			return "did not work before (the device goes out of service)";
		}
		return flow.before() ? "works" : "works now";
	}

	private static String inferred(Verification verification) {
		List<String> flows = new ArrayList<>();
		for (Verification.DeviceFlow flow : verification.inferred()) {
			flows.add(flow.sourceName() + " (" + flow.source() + ") -> " + flow.destinationName() + " (" + flow.destination() + "): " + state(flow));
		}
		return flows.isEmpty() ? "none" : String.join("; ", flows);
	}

	private static String dropped(Verification verification) {
		List<String> flows = new ArrayList<>();
		for (Verification.DeviceFlow flow : verification.dropped()) {
			flows.add(flow.sourceName() + " (" + flow.source() + ") -> " + flow.destinationName() + " (" + flow.destination() + ")"
					+ (flow.inferred() ? "" : ", required flow " + flow.requiredFlow()));
		}
		return flows.isEmpty() ? "no flow that worked" : String.join("; ", flows);
	}

	private static String collateral(Verification verification) {
		List<Verification.Collateral> devices = verification.collateral();
		if (devices.isEmpty()) {
			return "none";
		}
		List<String> items = new ArrayList<>();
		for (Verification.Collateral device : devices) {
			items.add(device.name() + " (" + device.device() + ") loses " + String.join(", ",
					device.lost().stream().map(lost -> lost.kind() + " '" + lost.name() + "' (" + lost.id() + ")").toList()));
		}
		return devices.size() + (devices.size() == 1 ? " device" : " devices") + " cut off"
				+ (verification.collateralAllowed() ? " (allowed)" : " (INFEASIBLE unless allowed with --allow-collateral)") + ": "
				+ String.join("; ", items);
	}
}
