package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** File &gt; Import &gt; NetBox (live URL, token): pulls the records from a running NetBox, of some sites or tenants if given. */
public final class NetboxUrlImportWizard extends ImportWizard {

	@Override
	ImportPage createPage() {
		return new ImportPage("netboxUrl", "Import from NetBox",
				"Pull sites, VLANs, prefixes, devices, interfaces, addresses and cables from a running NetBox (read-only token), "
						+ "all of it or only some sites or tenants.") {
			private Text url;
			private Text token;
			private Text sites;
			private Text tenants;

			@Override
			void createSourceRows(Composite body) {
				url = row(body, "NetBox URL:", SWT.BORDER);
				url.setMessage("https://netbox.example.com");
				token = row(body, "API token:", SWT.BORDER | SWT.PASSWORD);
				sites = row(body, "Sites (slugs):", SWT.BORDER);
				sites.setMessage("all sites; or london-hq, leeds");
				tenants = row(body, "Tenants (slugs):", SWT.BORDER);
				tenants.setMessage("all tenants; or acme");
			}

			private Text row(Composite body, String label, int style) {
				new Label(body, SWT.NONE).setText(label);
				Text text = new Text(body, style);
				text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
				text.addListener(SWT.Modify, event -> validate());
				return text;
			}

			@Override
			String sourceError() {
				return url.getText().isBlank() ? "Give the NetBox address, such as https://netbox.example.com."
						: token.getText().isBlank() ? "Give an API token (NetBox > Admin > API Tokens)." : null;
			}

			@Override
			ImportSource source(Path file) {
				return new NetboxUrlSource(url.getText().strip(), token.getText().strip(), slugs(sites), slugs(tenants), file);
			}
		};
	}

	/** The slugs in a field, split at commas and spaces. */
	private static List<String> slugs(Text field) {
		return Arrays.stream(field.getText().split("[,\\s]+")).filter(slug -> !slug.isEmpty()).toList();
	}
}
