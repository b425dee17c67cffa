package io.github.netreview.analysis.proposals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.forwarding.FlowReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;

/** One network's analysis with its forwarding facts and the state of each required flow. */
public record Assessment(Network network, AnalysisResult result, ForwardingAnalysis forwarding, Map<RequiredFlow, FlowReach> flows) {

	public static Assessment of(Network network, Analyzer analyzer) {
		ForwardingAnalysis forwarding = ForwardingAnalysis.of(NetworkIndex.of(network));
		AnalysisResult result = analyzer.analyze(network, forwarding);
		Map<RequiredFlow, FlowReach> flows = new LinkedHashMap<>();
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getSource() != null && flow.getDestination() != null) {
				flows.put(flow, forwarding.flow(flow.getSource(), flow.getDestination(), wanted(forwarding, flow)));
			}
		}
		return new Assessment(network, result, forwarding, flows);
	}

	/** This assessment with {@code other} as its forwarding facts: the same network, as after a trial was undone. */
	public Assessment with(ForwardingAnalysis other) {
		return other == forwarding ? this : new Assessment(network, result, other, flows);
	}

	/** The services a required flow needs. */
	public static long[] wanted(ForwardingAnalysis forwarding, RequiredFlow flow) {
		return forwarding.services().maskOf(flow.getService());
	}

	/** Whether a required flow works: every service it needs arrives. */
	public boolean works(RequiredFlow flow) {
		FlowReach reach = flows.get(flow);
		return reach != null && reach.carries(wanted(forwarding, flow));
	}

	/** The findings that put a restricted device in the core or on a path to it. */
	public Iterable<Finding> coreFindings() {
		return result.coreFindings();
	}

	/** The ids of the restricted devices in the core or with a path to it, waived or not. */
	public Set<String> coreProblems() {
		Set<String> ids = new LinkedHashSet<>();
		for (Finding finding : coreFindings()) {
			ids.add(ElementIds.idOf((Device) finding.subject()));
		}
		return ids;
	}
}
