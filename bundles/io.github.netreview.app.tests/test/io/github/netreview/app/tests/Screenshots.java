package io.github.netreview.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Captures the workbench window at 1600x1000 as a PNG under docs/screenshots, for the README and for people to look at. */
final class Screenshots {

	private Screenshots() {
	}

	/** Gives the workbench window the size the screenshots show, 1600x1000, and lets it lay out. */
	static void sizeWindow() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		shell.layout(true, true);
		settle();
	}

	static Path ofWorkbench(String name) throws IOException {
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		sizeWindow();
		shell.update();
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y); // the display must be 1600x1000 or larger, as .ci/run's is
			Path directory = Path.of("..", "..", "docs", "screenshots");
			Files.createDirectories(directory);
			Path file = directory.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void settle() {
		Display display = Display.getCurrent();
		long settled = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < settled) {
			while (display.readAndDispatch()) {
				// let it lay out and paint
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
	}
}
