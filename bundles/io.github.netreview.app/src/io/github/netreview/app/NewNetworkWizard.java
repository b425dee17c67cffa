package io.github.netreview.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.ZoneKind;

/**
 * File > New Network: a network with one site and the zones a review starts from (a core zone, a staff LAN, a CCTV
 * zone), saved to a new file (never over an existing one) and opened in the diagram editor.
 */
public final class NewNetworkWizard extends Wizard {

	private final IWorkbenchWindow window;
	private final Page page = new Page();

	NewNetworkWizard(IWorkbenchWindow window) {
		this.window = window;
		setWindowTitle("New Network");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(page.file.getText().strip());
		try {
			write(file, page.name.getText().strip(), page.site.getText().strip(), page.sensitive.getSelection());
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage("Could not write " + file + ": " + e.getMessage());
			return false;
		}
		NetReviewWorkbenchAdvisor.openModel(window, file);
		return true;
	}

	/** Writes the starting network to {@code file}, which must not exist. */
	public static void write(Path file, String name, String siteName, boolean sensitive) throws IOException {
		if (Files.exists(file)) {
			throw new IOException(file + " exists");
		}
		NetworkBuilder builder = new NetworkBuilder("net-1", name);
		Site site = builder.site("site-1", siteName, null, sensitive);
		builder.zone("zone-core", "Core", ZoneKind.CORE, site, 100);
		builder.zone("zone-staff", "Staff LAN", ZoneKind.USER, site, 50);
		builder.zone("zone-cctv", "CCTV", ZoneKind.SURVEILLANCE, site, 20);
		Network network = builder.network();
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network, "diagram-1", name));
		ModelFiles.save(resource, file);
	}

	/** The one page: network name, file, first site and whether it is sensitive. */
	private static final class Page extends WizardPage {
		Text name;
		Text file;
		Text site;
		Button sensitive;

		Page() {
			super("network");
			setTitle("New network");
			setDescription("A network with one site and core, staff and CCTV zones, ready to draw.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			name = field(body, "Network name:", "New network");
			file = field(body, "File:", Path.of(System.getProperty("user.home"), "network.netreview").toString());
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.netreview" });
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen.endsWith(".netreview") ? chosen : chosen + ".netreview");
				}
			});
			site = field(body, "First site:", "Headquarters");
			new Label(body, SWT.NONE);
			sensitive = new Button(body, SWT.CHECK);
			sensitive.setText("Sensitive site (the UK statement's \"cease deployment on sensitive sites\" applies)");
			sensitive.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			name.addListener(SWT.Modify, event -> validate());
			file.addListener(SWT.Modify, event -> validate());
			site.addListener(SWT.Modify, event -> validate());
			setControl(body);
			validate();
		}

		private static Text field(Composite body, String label, String value) {
			new Label(body, SWT.NONE).setText(label);
			Text text = new Text(body, SWT.BORDER);
			text.setText(value);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, label.equals("File:") ? 1 : 2, 1));
			return text;
		}

		private void validate() {
			String path = file.getText().strip();
			String error = name.getText().isBlank() ? "Give the network a name."
					: site.getText().isBlank() ? "Name the first site."
							: !path.endsWith(".netreview") ? "The file must end in .netreview."
									: Files.exists(Path.of(path)) ? path + " exists; choose a new file." : null;
			setErrorMessage(error);
			setPageComplete(error == null);
		}
	}
}
