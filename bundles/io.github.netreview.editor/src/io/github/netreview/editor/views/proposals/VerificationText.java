package io.github.netreview.editor.views.proposals;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import io.github.netreview.model.SafeText;

/** What re-analysis found besides the required flows, a wrapped line per judgement with its label in bold. */
public final class VerificationText {

	private final StyledText text;

	VerificationText(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setLeftMargin(4);
		text.setTopMargin(2);
	}

	void show(List<VerificationRow> rows) {
		StringBuilder all = new StringBuilder();
		StyleRange[] labels = new StyleRange[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			String label = SafeText.visible(rows.get(i).label()) + ":";
			labels[i] = new StyleRange(all.length(), label.length(), null, null, SWT.BOLD);
			all.append(label).append(' ').append(SafeText.visible(rows.get(i).value())).append(i < rows.size() - 1 ? "\n" : "");
		}
		text.setText(all.toString());
		text.setStyleRanges(labels);
	}

	StyledText control() {
		return text;
	}
}
