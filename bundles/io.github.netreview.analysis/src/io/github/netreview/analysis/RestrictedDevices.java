package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.netreview.analysis.classify.Classification;

/** The classifications of restricted devices in network order, by each device's position in the network. */
final class RestrictedDevices {

	private final List<Integer> positions = new ArrayList<>();
	private final List<Classification> classifications = new ArrayList<>();

	void put(int position, Classification classification) {
		int at = Collections.binarySearch(positions, position);
		if (at >= 0) {
			classifications.set(at, classification);
		} else {
			positions.add(-at - 1, position);
			classifications.add(-at - 1, classification);
		}
	}

	void remove(int position) {
		int at = Collections.binarySearch(positions, position);
		if (at >= 0) {
			positions.remove(at);
			classifications.remove(at);
		}
	}

	/** The classification of the device at {@code position}, or null when it is not restricted. */
	Classification get(int position) {
		int at = Collections.binarySearch(positions, position);
		return at >= 0 ? classifications.get(at) : null;
	}

	void clear() {
		positions.clear();
		classifications.clear();
	}

	List<Integer> positions() {
		return Collections.unmodifiableList(positions);
	}

	List<Classification> classifications() {
		return Collections.unmodifiableList(classifications);
	}
}
