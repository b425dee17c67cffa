package io.github.netreview.editor.views.proposals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import io.github.netreview.io.changes.ChangeRequest;
import io.github.netreview.model.SafeText;

/** The proposal in a few wrapped lines: its title in bold, whether it is feasible, its cost and its rationale. */
public final class ProposalSummary {

	private final StyledText text;

	ProposalSummary(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setBackground(parent.getBackground());
	}

	void show(ChangeRequest request) {
		String title = SafeText.visible(request.proposalId() + " (" + request.kind() + "): " + request.title());
		text.setText(title + "\nStatus: " + SafeText.visible(request.status()) + "\nCost: " + SafeText.visible(request.cost()) + "\nWhy: "
				+ SafeText.visible(request.rationale()));
		text.setStyleRange(new StyleRange(0, title.length(), null, null, SWT.BOLD));
	}

	void clear(String message) {
		text.setText(message);
	}

	StyledText control() {
		return text;
	}
}
