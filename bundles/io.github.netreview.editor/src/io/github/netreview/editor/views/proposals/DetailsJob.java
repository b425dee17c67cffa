package io.github.netreview.editor.views.proposals;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.model.topology.Network;

/** Makes the details of the proposal last asked for off the UI thread (one at a time) and hands them to the UI thread. */
public final class DetailsJob extends Job {

	/** A proposal and the network copy it was made for, which nothing changes. */
	private record Wanted(Network network, Proposal proposal) {
	}

	private final Display display;
	private final Consumer<ProposalDetails> done;
	private final BiConsumer<Proposal, RuntimeException> failed;
	private volatile Wanted wanted;

	DetailsJob(Display display, Consumer<ProposalDetails> done, BiConsumer<Proposal, RuntimeException> failed) {
		super("Making the change request");
		this.display = display;
		this.done = done;
		this.failed = failed;
		setSystem(true);
	}

	/** Makes the details of {@code proposal}; those of any proposal asked for before are dropped. */
	void ask(Network network, Proposal proposal) {
		wanted = new Wanted(network, proposal);
		schedule();
	}

	/** Drops whatever was asked for. */
	void forget() {
		wanted = null;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Wanted asked = wanted;
		if (asked == null) {
			return Status.OK_STATUS;
		}
		try {
			ProposalDetails details = ProposalDetails.of(asked.network(), asked.proposal(), LocalDate.now());
			deliver(asked, () -> done.accept(details));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			deliver(asked, () -> failed.accept(asked.proposal(), e));
			return Status.error("Could not make the change request for " + asked.proposal().id(), e);
		}
	}

	/** Runs {@code result} on the UI thread if {@code asked} is still what is wanted then. */
	private void deliver(Wanted asked, Runnable result) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (wanted == asked) {
					result.run();
				}
			});
		}
	}
}
