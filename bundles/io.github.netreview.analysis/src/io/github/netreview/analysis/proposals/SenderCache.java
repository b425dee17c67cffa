package io.github.netreview.analysis.proposals;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;

/**
 * Answers about a device's traffic worked out once per sender class of one forwarding analysis: devices that start
 * from the same domains and that the rules see alike get the same answer.
 */
final class SenderCache<T> {

	private final ForwardingAnalysis forwarding;
	private final Function<Device, T> work;
	private final Map<Object, T> answers = new HashMap<>();

	SenderCache(ForwardingAnalysis forwarding, Function<Device, T> work) {
		this.forwarding = forwarding;
		this.work = work;
	}

	T of(Device device) {
		Object key = forwarding.senderKey(device);
		T answer = answers.get(key);
		if (answer == null) {
			answer = work.apply(device);
			answers.put(key, answer);
		}
		return answer;
	}
}
