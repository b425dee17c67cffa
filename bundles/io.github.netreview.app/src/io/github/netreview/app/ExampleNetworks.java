package io.github.netreview.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The example networks shipped in the application, opened from File > Open Example: each is copied once into the
 * workspace's examples folder, so the user edits a copy and keeps it between sessions.
 */
public final class ExampleNetworks {

	/** File name and menu label of each example. */
	static final String[][] EXAMPLES = { { "hq.netreview", "Headquarters (sensitive site, 39 devices)" },
			{ "regional-office.netreview", "Regional office (12 devices, WAN core)" } };

	private ExampleNetworks() {
	}

	static IMenuManager menu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("Open &Example", "io.github.netreview.app.examples");
		for (String[] example : EXAMPLES) {
			menu.add(new Action(example[1]) {
				@Override
				public void run() {
					open(window, example[0]);
				}
			});
		}
		return menu;
	}

	public static void open(IWorkbenchWindow window, String name) {
		try {
			NetReviewWorkbenchAdvisor.openModel(window, copy(name));
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Cannot open the example", e.getMessage());
		}
	}

	/** The workspace copy of an example, made from the one in the bundle if there is none yet. */
	public static Path copy(String name) throws IOException {
		Path folder = folder();
		Files.createDirectories(folder);
		Path copy = folder.resolve(name);
		if (!Files.exists(copy)) {
			try (InputStream in = ExampleNetworks.class.getResourceAsStream("/examples/" + name)) {
				if (in == null) {
					throw new IOException("the example " + name + " is missing from the application");
				}
				Path temporary = Files.createTempFile(folder, name, ".tmp");
				Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		return copy;
	}

	private static Path folder() {
		try {
			if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
				return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("examples");
			}
		} catch (URISyntaxException | IllegalArgumentException e) {
			// fall back below
		}
		return Path.of(System.getProperty("user.home"), ".netreview", "examples");
	}
}
