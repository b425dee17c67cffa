package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** An import wizard's page: the source's rows, the new model file, and the lines behind a failure when there is one. */
abstract class ImportPage extends WizardPage {

	private NewFileField output;
	private Text details;

	ImportPage(String name, String title, String description) {
		super(name);
		setTitle(title);
		setDescription(description);
	}

	@Override
	public final void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		createSourceRows(body);
		output = new NewFileField(body, "Network file:", Path.of(System.getProperty("user.home"), "imported.netreview"), this::validate,
				".netreview");
		details = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		size.heightHint = 120;
		size.exclude = true;
		details.setLayoutData(size);
		details.setVisible(false);
		setControl(body);
		validate();
	}

	/** Adds the rows that say where to read from to {@code body}, a three-column grid; they call {@link #validate} on change. */
	abstract void createSourceRows(Composite body);

	/** Why the source rows cannot be used, or null. */
	abstract String sourceError();

	/** The source as entered, to be read off the UI thread into {@code file}. */
	abstract ImportSource source(Path file);

	Path output() {
		return output.path();
	}

	final void validate() {
		if (output == null) {
			return; // still creating the rows
		}
		String error = sourceError();
		error = error != null ? error : output.error();
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** Shows why the import wrote nothing, with every line reported before it. */
	void showFailure(String message, List<String> lines) {
		setErrorMessage(message);
		details.setText(String.join("\n", lines));
		((GridData) details.getLayoutData()).exclude = lines.isEmpty();
		details.setVisible(!lines.isEmpty());
		details.getParent().layout(true);
	}
}
