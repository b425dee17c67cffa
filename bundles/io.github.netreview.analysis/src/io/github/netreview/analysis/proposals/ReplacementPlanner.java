package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;

/**
 * Replaces each restricted device in or with a path to the core by the make and model most used for its role among
 * the network's unrestricted devices; the new hardware's MACs are unknown, so the old ones are cleared.
 */
final class ReplacementPlanner implements Planner {

	static final String UNKNOWN_VENDOR = "Non-restricted vendor (to be chosen)";

	@Override
	public ProposalKind kind() {
		return ProposalKind.REPLACE;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment, ProposalTrials trials) {
		Set<Device> restricted = new HashSet<>();
		for (Classification classification : assessment.result().restricted()) {
			restricted.add(classification.device());
		}
		List<ModelEdit> edits = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Map<DeviceRole, Optional<Device>> usual = new HashMap<>();
		for (Device device : CoreProblems.devices(assessment).keySet()) {
			Device model = usual.computeIfAbsent(device.getRole(), role -> Optional.ofNullable(usualDevice(assessment, role, restricted)))
					.orElse(null);
			String maker = model == null ? UNKNOWN_VENDOR : model.getManufacturer();
			edits.add(new SetValue(device.getId(), "manufacturer", device.getManufacturer(), maker));
			edits.add(new SetValue(device.getId(), "model", device.getModel(), model == null ? null : model.getModel()));
			for (Interface port : device.getInterfaces()) {
				if (port.getMac() != null) {
					edits.add(new SetValue(port.getId(), "mac", port.getMac(), null));
				}
			}
			names.add(describe(device) + " by " + maker);
		}
		if (names.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Draft("Replace " + names.size() + (names.size() == 1 ? " device" : " devices") + " with non-restricted equipment",
				"Equipment of a vendor not on the catalog is not restricted wherever it sits: replace " + CoreProblems.summary(names) + ".",
				edits));
	}

	/** The first unrestricted device of the most used make for {@code role} (the earliest make on a tie), or null. */
	private static Device usualDevice(Assessment assessment, DeviceRole role, Set<Device> restricted) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Device> first = new LinkedHashMap<>();
		for (Device device : assessment.network().getDevices()) {
			if (device.getRole() == role && !restricted.contains(device) && device.getManufacturer() != null
					&& !device.getManufacturer().isBlank()) {
				counts.merge(device.getManufacturer(), 1, Integer::sum);
				first.putIfAbsent(device.getManufacturer(), device);
			}
		}
		Device usual = null;
		for (Map.Entry<String, Device> make : first.entrySet()) {
			if (usual == null || counts.get(make.getKey()) > counts.get(usual.getManufacturer())) {
				usual = make.getValue();
			}
		}
		return usual;
	}
}
