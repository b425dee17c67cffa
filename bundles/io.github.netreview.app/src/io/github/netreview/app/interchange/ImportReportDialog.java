package io.github.netreview.app.interchange;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Tells the user what an import wrote and every gap it reported; modeless, so the imported diagram stays usable. */
final class ImportReportDialog extends Dialog {

	static final String TITLE = "Import Report";

	private final Imported imported;

	ImportReportDialog(Shell parent, Imported imported) {
		super(parent);
		this.imported = imported;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(imported.summary().strip());
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label heading = new Label(area, SWT.NONE);
		heading.setText(imported.gaps().isEmpty() ? "Nothing was left out." : imported.gaps().size() + " record(s) or file(s) were "
				+ "left out or need a look; the review does not cover them:");
		if (!imported.gaps().isEmpty()) {
			Text gaps = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			gaps.setText(String.join("\n", imported.gaps()));
			GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
			size.widthHint = 640;
			size.heightHint = 200;
			gaps.setLayoutData(size);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
