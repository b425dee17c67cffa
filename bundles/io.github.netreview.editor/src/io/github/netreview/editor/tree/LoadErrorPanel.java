package io.github.netreview.editor.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.github.netreview.model.io.ModelLoadException;

/** What an editor shows instead of a model that did not load: the file, the place and the problem. */
public final class LoadErrorPanel {

	private LoadErrorPanel() {
	}

	public static Composite create(Composite parent, ModelLoadException error) {
		Composite panel = new Composite(parent, SWT.NONE);
		panel.setLayout(new GridLayout(1, false));
		Label title = new Label(panel, SWT.WRAP);
		title.setText("NetReview cannot open this file. It has not been changed.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Text details = new Text(panel, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		StringBuilder text = new StringBuilder("File: ").append(error.file());
		if (error.line() > 0) {
			text.append("\nLine ").append(error.line()).append(error.column() > 0 ? ", column " + error.column() : "");
		}
		text.append("\nProblem: ").append(error.problem());
		details.setText(text.toString());
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return panel;
	}
}
