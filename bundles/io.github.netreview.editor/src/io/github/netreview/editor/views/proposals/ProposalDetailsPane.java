package io.github.netreview.editor.views.proposals;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.model.topology.Network;

/** A proposal as a change board reads it: what changes and why, what re-analysis showed, and the IOS to enter. */
public final class ProposalDetailsPane {

	/** How many wrapped lines the summary shows before it scrolls: the title, feasibility, cost and rationale. */
	private static final int SUMMARY_LINES = 9;
	private static final String NOTHING_SELECTED = "Select a proposal to see its changes, what re-analysis showed and its configuration.";

	private final SashForm sash;
	private final ProposalSummary summary;
	private final ChangeTableViewer changes;
	private final RequiredFlowsViewer flows;
	private final VerificationText verification;
	private final ConfigurationSnippet configuration;
	private final DetailsJob job;
	private ProposalDetails shown;

	public ProposalDetailsPane(Composite parent) {
		sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite change = column(sash);
		summary = new ProposalSummary(change);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, SUMMARY_LINES * summary.control().getLineHeight())
				.applyTo(summary.control());
		changes = new ChangeTableViewer(change);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(changes.table());
		SashForm checks = new SashForm(sash, SWT.VERTICAL);
		flows = new RequiredFlowsViewer(checks);
		verification = new VerificationText(checks);
		checks.setWeights(40, 60);
		configuration = new ConfigurationSnippet(column(sash));
		sash.setWeights(38, 29, 33);
		job = new DetailsJob(parent.getDisplay(), this::fill, this::failed);
		clear(NOTHING_SELECTED);
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(column);
		return column;
	}

	/** Shows {@code proposal}, made for {@code network}, once its change request is made (null clears the pane). */
	public void show(Network network, Proposal proposal) {
		clear(proposal == null ? NOTHING_SELECTED : "Making the change request for " + proposal.id() + "...");
		if (proposal != null) {
			job.ask(network, proposal);
		}
	}

	/** Empties the pane, saying {@code message} in place of a proposal. */
	public void clear(String message) {
		job.forget();
		shown = null;
		summary.clear(message);
		changes.show(List.of());
		flows.show(List.of());
		verification.show(List.of());
		configuration.show(null);
	}

	private void fill(ProposalDetails details) {
		if (sash.isDisposed()) {
			return;
		}
		shown = details;
		summary.show(details.request());
		changes.show(details.request().changes());
		flows.show(details.proposal().verification() == null ? List.of() : details.proposal().verification().flows());
		verification.show(details.verification());
		configuration.show(details);
	}

	private void failed(Proposal proposal, RuntimeException e) {
		if (!sash.isDisposed()) {
			clear("Could not make the change request for " + proposal.id() + ": " + e.getMessage());
		}
	}

	/** The details shown, or null while none are. */
	public ProposalDetails shown() {
		return shown;
	}

	public ConfigurationSnippet configuration() {
		return configuration;
	}

	public Table changeTable() {
		return changes.table();
	}

	public Table requiredFlowsTable() {
		return flows.table();
	}

	/** What re-analysis found besides the required flows, a line each ("Collateral: none"). */
	public String verificationText() {
		return verification.control().getText();
	}

	public void dispose() {
		job.forget();
		job.cancel();
	}
}
