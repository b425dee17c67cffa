package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.github.netreview.analysis.forwarding.DomainSnapshot;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.ForwardingUpdates;
import io.github.netreview.analysis.forwarding.Layer2Update;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.forwarding.RuleUpdate;
import io.github.netreview.model.topology.Network;

/**
 * The forwarding analysis of one network while change sets are tried on the network itself, with no copy: each try
 * is recorded (EMF change recording of the objects it touches), taken into the analysis incrementally where it can be
 * (a layer-2 repair, a rule update) or else by a fresh analysis beside the current one, and undone exactly by
 * {@link Trial#close()}, after which the network and the analysis are as they were.
 */
public final class ForwardingTrials {

	private final Network network;
	private NetworkIndex index;
	private ForwardingAnalysis current;

	/** Trials on {@code network}, whose forwarding analysis is {@code forwarding} (it and its index are updated in place). */
	public ForwardingTrials(Network network, ForwardingAnalysis forwarding) {
		this.network = network;
		this.index = forwarding.index();
		this.current = forwarding;
	}

	/** The analysis of the network as it is between trials. */
	public ForwardingAnalysis current() {
		return current;
	}

	/**
	 * Runs {@code edits} on the network, recording the changes of everything under {@code scope} (the objects the
	 * edits set, and the containers they add to or take from), and brings the analysis up to date. Edits that fail
	 * part-way are undone before the failure is passed on.
	 */
	public Trial begin(Collection<? extends Notifier> scope, Runnable edits) {
		ChangeTracker tracker = new ChangeTracker();
		EContentAdapter listener = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					tracker.record(notification);
				}
			}
		};
		List<Notifier> roots = new ArrayList<>(scope);
		roots.forEach(root -> root.eAdapters().add(listener));
		ChangeRecorder recorder = new ChangeRecorder(roots);
		ChangeDescription change;
		try {
			edits.run();
			change = recorder.endRecording();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			throw e;
		} finally {
			recorder.dispose();
			roots.forEach(root -> root.eAdapters().remove(listener));
		}
		return update(tracker.take(), change);
	}

	private Trial update(ChangeTracker.Batch batch, ChangeDescription change) {
		ForwardingAnalysis before = current;
		NetworkIndex indexBefore = index;
		if (batch.structure()) {
			index = NetworkIndex.of(network);
			current = ForwardingAnalysis.of(index);
			return new Trial(this, change, batch, before, indexBefore, false, null);
		}
		if (batch.policyHolders()) {
			index.refreshPolicies();
		}
		boolean repaired = false;
		BitSet changed = new BitSet();
		if (!batch.ports().isEmpty() || !batch.links().isEmpty()) {
			DomainSnapshot snapshot = DomainSnapshot.of(current);
			Layer2Update update = ForwardingUpdates.afterLayer2Edit(current, refresh(batch, true), refresh(batch, false));
			if (update == null) {
				current = ForwardingAnalysis.of(index);
				changed = null;
			} else {
				repaired = true;
				current = update.forwarding();
				changed = update.devices() == null ? null : snapshot.devicesMoved(current, update.devices(), update.domains());
			}
		}
		if (batch.policy()) {
			current = ForwardingAnalysis.afterPolicyChange(current);
			changed = null;
		} else if (!batch.firewalls().isEmpty()) {
			ForwardingAnalysis unruled = current;
			RuleUpdate update = ForwardingUpdates.afterRuleChange(current, batch.firewalls());
			current = update == null ? ForwardingAnalysis.afterPolicyChange(current) : update.forwarding();
			if (changed != null) {
				changed.or(ForwardingUpdates.devicesDecidedDifferently(unruled, current, batch.firewalls()));
			}
		}
		return new Trial(this, change, batch, before, indexBefore, repaired, changed);
	}

	/** Reads the edited ports (or links) of {@code batch} into the index again; their indexes. */
	private int[] refresh(ChangeTracker.Batch batch, boolean ports) {
		if (ports) {
			batch.ports().forEach(index::refresh);
			return batch.ports().stream().mapToInt(index::indexOf).filter(p -> p >= 0).toArray();
		}
		batch.links().forEach(index::refresh);
		return batch.links().stream().mapToInt(index::indexOf).filter(l -> l >= 0).toArray();
	}

	/** Undoes a trial's edits and brings the analysis back to the network as it was before. */
	void undo(Trial trial) {
		trial.change().apply();
		ChangeTracker.Batch batch = trial.batch();
		if (batch.structure()) {
			index = trial.indexBefore();
			current = trial.before();
			return;
		}
		if (batch.policyHolders()) {
			index.refreshPolicies();
		}
		int[] ports = refresh(batch, true);
		int[] links = refresh(batch, false);
		if (!trial.repaired()) {
			current = trial.before(); // its layer-2 domains were not touched
			return;
		}
		Layer2Update restored = ForwardingUpdates.afterLayer2Edit(current, ports, links);
		current = restored == null ? ForwardingAnalysis.of(index) : restored.forwarding();
		if (batch.policy() || !batch.firewalls().isEmpty()) {
			current = ForwardingAnalysis.afterPolicyChange(current);
		}
	}

	/** Bitset positions to the network's devices, which are the index's devices between structural edits. */
	Network network() {
		return network;
	}
}
