package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.topology.Device;

/**
 * One change set tried on the network by {@link ForwardingTrials}: the forwarding analysis with it made, which
 * devices it can have moved or rerouted, and {@link #close()}, which undoes it. Read it before closing it.
 */
public final class Trial implements AutoCloseable {

	private final ForwardingTrials trials;
	private final ChangeDescription change;
	private final ChangeTracker.Batch batch;
	private final ForwardingAnalysis before;
	private final NetworkIndex indexBefore;
	private final boolean repaired;
	private final ForwardingAnalysis after;
	/** By position in the network's device list; null when any device's forwarding can have changed. */
	private final BitSet changed;
	private boolean closed;

	Trial(ForwardingTrials trials, ChangeDescription change, ChangeTracker.Batch batch, ForwardingAnalysis before,
			NetworkIndex indexBefore, boolean repaired, BitSet changed) {
		this.trials = trials;
		this.change = change;
		this.batch = batch;
		this.before = before;
		this.indexBefore = indexBefore;
		this.repaired = repaired;
		this.after = trials.current();
		this.changed = changed;
	}

	/** The forwarding analysis of the network with the change set made. */
	public ForwardingAnalysis forwarding() {
		return after;
	}

	/**
	 * The devices that start from another layer-2 domain than before, or for which a firewall decides otherwise:
	 * all whose reachability can differ. Null when that can be any device (a structural edit, a zone's core flag).
	 */
	public List<Device> changedDevices() {
		if (changed == null) {
			return null;
		}
		List<Device> devices = new ArrayList<>(changed.cardinality());
		List<Device> all = trials.network().getDevices();
		for (int d = changed.nextSetBit(0); d >= 0; d = changed.nextSetBit(d + 1)) {
			devices.add(all.get(d));
		}
		return devices;
	}

	/** The devices whose make or MACs the change set edits, whose classification can differ; null when the catalog changed. */
	public List<Device> reclassified() {
		return batch.catalog() ? null : List.copyOf(batch.reclassify());
	}

	/** Undoes the change set: the network and the analysis of {@link ForwardingTrials#current()} are as before. */
	@Override
	public void close() {
		if (!closed) {
			closed = true;
			trials.undo(this);
		}
	}

	ChangeDescription change() {
		return change;
	}

	ChangeTracker.Batch batch() {
		return batch;
	}

	ForwardingAnalysis before() {
		return before;
	}

	NetworkIndex indexBefore() {
		return indexBefore;
	}

	boolean repaired() {
		return repaired;
	}
}
