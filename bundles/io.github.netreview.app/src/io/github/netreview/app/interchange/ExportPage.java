package io.github.netreview.app.interchange;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** An export wizard's page: the new file to write, or why there is nothing to export. */
final class ExportPage extends WizardPage {

	private final Path initial;
	private final String missingSource;
	private final String[] extensions;
	private NewFileField target;

	/** {@code missingSource} says why nothing can be exported, or is null. */
	ExportPage(String title, String description, Path initial, String missingSource, String... extensions) {
		super("export");
		setTitle(title);
		setDescription(description);
		this.initial = initial;
		this.missingSource = missingSource;
		this.extensions = extensions;
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		target = new NewFileField(body, "File:", initial, this::validate, extensions);
		setControl(body);
		validate();
	}

	Path target() {
		return target.path();
	}

	private void validate() {
		String error = missingSource != null ? missingSource : target.error();
		setErrorMessage(error);
		setPageComplete(error == null);
	}
}
