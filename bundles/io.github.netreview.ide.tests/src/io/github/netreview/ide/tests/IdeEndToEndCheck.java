package io.github.netreview.ide.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.testing.TestableObject;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * What a user of the Eclipse IDE does with NetReview, checked in the running IDE: the installation is the Eclipse
 * Platform IDE with NetReview installed into it by the p2 director; a {@code .netreview} file of a workspace project
 * opens (as a double click would, by the editor registry) in NetReview's diagram editor, which draws the diagram; the
 * findings become problem markers on the file and the Problems view lists them. The window is saved as a screenshot.
 *
 * <p>
 * It names NetReview only by the ids its plug-ins declare (editor, marker type, feature), never by its classes, so that
 * nothing of NetReview is in the IDE before the director puts it there.
 */
final class IdeEndToEndCheck {

	static final String PRODUCT = "org.eclipse.platform.ide";
	static final String IDE_APPLICATION = "org.eclipse.ui.ide.workbench";
	/** What the director was asked to install, and what it brings along. */
	static final String EDITOR_FEATURE = "io.github.netreview.ui.feature.feature.group";
	static final String CORE_FEATURE = "io.github.netreview.core.feature.feature.group";
	static final String EDITOR_BUNDLE = "io.github.netreview.editor";
	static final String DIAGRAM_EDITOR = "io.github.netreview.editor.diagram";
	static final String MARKER = "io.github.netreview.editor.finding";
	/** The headquarters example's critical finding: the lobby camera reaches the core. */
	static final String CRITICAL_RULE = "RESTRICTED_PATH_TO_CORE";
	static final String CRITICAL_DEVICE = "dev-cam-lobby-02";
	/** GEF Classic as the ui feature declares it (match="equivalent" of 3.2.100): the only GEF it was tested with. */
	static final VersionRange GEF = new VersionRange("[3.2.100,3.3.0)");
	private static final Duration WAIT = Duration.ofSeconds(120);

	private final TestableObject testable;
	private final CheckReport report;
	private final WorkbenchErrors errors;
	private final Path model;
	private final Path screenshot;
	private IFile file;
	private IEditorPart editor;
	private long errorMarkers;

	IdeEndToEndCheck(TestableObject testable, CheckReport report, WorkbenchErrors errors, Path model, Path screenshot) {
		this.testable = testable;
		this.report = report;
		this.errors = errors;
		this.model = model;
		this.screenshot = screenshot;
	}

	void run() {
		report.check("theInstallationIsTheEclipsePlatformIde", this::isTheEclipseIde);
		report.check("netReviewWasInstalledByTheP2Director", this::wasInstalledByTheDirector);
		if (report.check("aWorkspaceModelOpensInTheDiagramEditor", this::opensInTheDiagramEditor)) {
			report.check("theFindingsBecomeProblemMarkers", this::findingsBecomeProblemMarkers);
			report.check("theProblemsViewListsThem", this::problemsViewListsThem);
		}
		report.check("screenshotOfTheIde", this::takeScreenshot);
		report.check("nothingNetReviewDidWasLoggedAsAnError", this::noErrorsOfNetReview);
		errors.all().forEach(error -> report.note("logged: " + error));
	}

	private void isTheEclipseIde() {
		IProduct product = Platform.getProduct();
		check(product != null, "no product is running");
		report.note("product " + product.getId() + " (" + product.getName() + "), application " + product.getApplication() + ", installed at "
				+ installation());
		check(PRODUCT.equals(product.getId()), "the product is " + product.getId() + ", not " + PRODUCT);
		check(IDE_APPLICATION.equals(product.getApplication()), "the product's application is " + product.getApplication());
		for (String bundle : List.of("org.eclipse.ui.ide.application", "org.eclipse.ui.navigator.resources", "org.eclipse.ui.ide")) {
			check(Platform.getBundle(bundle) != null, bundle + " is not installed");
		}
	}

	/**
	 * The p2 profile of this installation has NetReview Editor as a root (what a director or Install New Software
	 * installed) and NetReview Core in it, and the simple configurator's list (which the director writes) has the
	 * editor bundle, which is loaded from the installation's plugins folder.
	 */
	private void wasInstalledByTheDirector() throws IOException {
		Path registry = installation().resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry");
		check(Files.isDirectory(registry), "the installation has no p2 profile registry at " + registry);
		Path profile = latestProfile(registry);
		String profileXml = read(profile);
		check(profileXml.contains("<unit id='" + CORE_FEATURE + "'"), "the p2 profile " + profile + " has no " + CORE_FEATURE);
		check(profileXml.contains("<unit id='" + EDITOR_FEATURE + "'"), "the p2 profile " + profile + " has no " + EDITOR_FEATURE);
		Matcher properties = Pattern.compile("<iuProperties id='" + Pattern.quote(EDITOR_FEATURE) + "'.*?</iuProperties>", Pattern.DOTALL)
				.matcher(profileXml);
		check(properties.find() && properties.group().contains("name='org.eclipse.equinox.p2.type.root' value='true'"),
				EDITOR_FEATURE + " is not a root of the p2 profile " + profile);
		report.note("p2 profile " + installation().relativize(profile) + ": root " + EDITOR_FEATURE + ", with " + CORE_FEATURE);
		Path bundlesInfo = installation().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		check(Files.readString(bundlesInfo).contains(EDITOR_BUNDLE + ","), "bundles.info does not list " + EDITOR_BUNDLE);
		Bundle editorBundle = Platform.getBundle(EDITOR_BUNDLE);
		check(editorBundle != null, EDITOR_BUNDLE + " is not installed");
		check(editorBundle.getLocation().contains("plugins/" + EDITOR_BUNDLE + "_"), EDITOR_BUNDLE + " is loaded from " + editorBundle.getLocation());
		Bundle gef = Platform.getBundle("org.eclipse.gef");
		check(gef != null, "GEF (org.eclipse.gef) is not installed");
		Version gefVersion = gef.getVersion();
		check(GEF.includes(gefVersion), "GEF " + gefVersion + " is outside " + GEF);
		report.note(EDITOR_BUNDLE + " " + editorBundle.getVersion() + " from " + editorBundle.getLocation() + "; GEF " + gefVersion);
	}

	private void opensInTheDiagramEditor() throws Exception {
		ui(() -> {
			IWorkbench workbench = PlatformUI.getWorkbench();
			if (workbench.getIntroManager().getIntro() != null) {
				workbench.getIntroManager().closeIntro(workbench.getIntroManager().getIntro());
			}
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("review");
			if (!project.exists()) {
				project.create(null);
			}
			project.open(null);
			file = project.getFile(model.getFileName().toString());
			try (InputStream in = Files.newInputStream(model)) {
				file.create(in, IResource.FORCE, null);
			}
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			// As a double click in the Project Explorer does: the editor registry picks the default editor.
			editor = IDE.openEditor(page, file);
			return null;
		});
		settle(Duration.ofSeconds(2));
		ui(() -> {
			check(editor != null, "no editor opened");
			report.note("opened " + file.getFullPath() + " in " + editor.getSite().getId() + " (" + editor.getClass().getName() + ")");
			check(DIAGRAM_EDITOR.equals(editor.getSite().getId()), "the editor is " + editor.getSite().getId() + ", not " + DIAGRAM_EDITOR);
			Bundle owner = FrameworkUtil.getBundle(editor.getClass());
			check(owner != null && EDITOR_BUNDLE.equals(owner.getSymbolicName()),
					"the editor part is " + editor.getClass().getName() + " (the workbench shows that when the editor failed)");
			check(editor == editor.getSite().getPage().getActiveEditor(), "the diagram editor is not the active editor");
			check(editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file), "the editor's input is not the workspace file");
			GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
			check(viewer != null, "the editor has no GEF graphical viewer");
			check(viewer.getContents() != null && !viewer.getContents().getChildren().isEmpty(), "the diagram shows nothing");
			Control canvas = viewer.getControl();
			check(canvas.isVisible() && canvas.getSize().x > 200 && canvas.getSize().y > 200, "the diagram canvas is not showing: " + canvas.getSize());
			report.note("the diagram draws " + viewer.getContents().getChildren().size() + " top-level elements on a canvas of " + canvas.getSize());
			return null;
		});
	}

	private void findingsBecomeProblemMarkers() throws Exception {
		// Markers are written by a workspace job after the editor's background analysis: wait until their number stays.
		AtomicReference<Integer> last = new AtomicReference<>(-1);
		await("NetReview's problem markers on " + file.getFullPath(), () -> {
			int count = file.findMarkers(MARKER, true, IResource.DEPTH_ZERO).length;
			boolean steady = count > 0 && count == last.get();
			last.set(count);
			return steady;
		}, Duration.ofMillis(1000));
		IMarker[] markers = file.findMarkers(MARKER, true, IResource.DEPTH_ZERO);
		for (IMarker marker : markers) {
			check(marker.isSubtypeOf(IMarker.PROBLEM), MARKER + " is not a problem marker, so the Problems view would not list it");
		}
		errorMarkers = Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		report.note(markers.length + " NetReview markers on " + file.getFullPath() + ", " + errorMarkers + " of them errors");
		IMarker critical = Arrays.stream(markers).filter(m -> CRITICAL_RULE.equals(m.getAttribute("rule", ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + CRITICAL_RULE + " marker among " + messages(markers)));
		check(critical.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR, CRITICAL_RULE + " is not an error marker");
		int line = critical.getAttribute(IMarker.LINE_NUMBER, -1);
		List<String> lines = Files.readAllLines(file.getLocation().toPath());
		check(line > 0 && lines.get(line - 1).contains("id=\"" + CRITICAL_DEVICE + "\""), CRITICAL_RULE + " is on line " + line + ", not on the camera's");
		report.note("critical marker, line " + line + ": " + critical.getAttribute(IMarker.MESSAGE, ""));
	}

	/**
	 * The Problems view shows the markers: its Errors group counts as many as NetReview wrote, and opened (as a click
	 * on its arrow does) it lists the critical finding, which is selected for the screenshot.
	 */
	private void problemsViewListsThem() throws Exception {
		AtomicReference<List<String>> rows = new AtomicReference<>(List.of());
		try {
			await("the Problems view to list " + CRITICAL_RULE, () -> ui(() -> {
				IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
				Tree tree = problemsTree(problems);
				rows.set(tree == null ? List.of("(no tree)") : openedRows(tree));
				return rows.get().stream().anyMatch(row -> row.startsWith(CRITICAL_RULE));
			}), Duration.ofMillis(500));
		} finally {
			rows.get().stream().limit(8).forEach(row -> report.note("Problems view: " + row));
		}
		String errors = "Errors (" + errorMarkers + " item" + (errorMarkers == 1 ? "" : "s") + ")";
		check(rows.get().contains(errors), "the Problems view has no group '" + errors + "'");
	}

	private void takeScreenshot() throws Exception {
		ui(() -> {
			Shell shell = page().getWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1600, 1000);
			shell.layout(true, true);
			if (file != null) {
				BasicNewResourceWizard.selectAndReveal(file, page().getWorkbenchWindow());
			}
			IViewPart problems = page().findView(IPageLayout.ID_PROBLEM_VIEW);
			Tree tree = problems == null ? null : problemsTree(problems);
			if (tree != null) {
				tree.getColumn(0).setWidth(tree.getClientArea().width / 2);
			}
			if (editor != null) {
				page().activate(editor);
			}
			return null;
		});
		settle(Duration.ofSeconds(2));
		ui(() -> {
			Display display = Display.getCurrent();
			Shell shell = page().getWorkbenchWindow().getShell();
			shell.update();
			Rectangle area = shell.getBounds();
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Files.createDirectories(screenshot.toAbsolutePath().getParent());
				loader.save(screenshot.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			return null;
		});
		report.note("screenshot: " + screenshot.toAbsolutePath().normalize());
	}

	private void noErrorsOfNetReview() {
		List<String> ours = errors.ofNetReview();
		check(ours.isEmpty(), "errors logged: " + String.join("; ", ours));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The Problems view's tree: the one with a Description column in the view's part of the window. */
	private static Tree problemsTree(IViewPart problems) {
		Shell shell = problems.getSite().getShell();
		return trees(shell).filter(tree -> tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())).findFirst()
				.orElse(null);
	}

	private static Stream<Tree> trees(Control control) {
		Stream<Tree> self = control instanceof Tree tree && tree.isVisible() ? Stream.of(tree) : Stream.empty();
		if (control instanceof Composite composite) {
			return Stream.concat(self, Arrays.stream(composite.getChildren()).flatMap(IdeEndToEndCheck::trees));
		}
		return self;
	}

	/**
	 * Opens the Errors group as a click on its arrow does (the viewer makes its rows on the Expand event), selects the
	 * critical finding's row, and returns the text of each group and row, a group's rows after it.
	 */
	private static List<String> openedRows(Tree tree) {
		List<String> rows = new ArrayList<>();
		for (TreeItem group : tree.getItems()) {
			if (group.getText().startsWith("Errors") && !group.getExpanded()) {
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
			rows.add(group.getText());
			for (TreeItem row : group.getItems()) {
				if (row.getText().startsWith(CRITICAL_RULE)) {
					tree.setSelection(row);
					tree.showItem(row);
				}
				if (!row.getText().isEmpty()) {
					rows.add(row.getText());
				}
			}
		}
		return rows;
	}

	private static List<String> messages(IMarker[] markers) {
		return Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	private static Path installation() {
		URL location = Platform.getInstallLocation().getURL();
		return Path.of(location.getPath()).toAbsolutePath().normalize();
	}

	private static Path latestProfile(Path registry) throws IOException {
		try (Stream<Path> files = Files.walk(registry, 2)) {
			return files.filter(p -> p.getFileName().toString().matches("\\d+\\.profile(\\.gz)?")).max((a, b) -> a.getFileName().toString()
					.replaceAll("\\D", "").compareTo(b.getFileName().toString().replaceAll("\\D", ""))).orElseThrow(() -> new AssertionError(
							"no profile in " + registry));
		}
	}

	private static String read(Path profile) throws IOException {
		try (InputStream in = Files.newInputStream(profile);
				InputStream data = profile.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
			return new String(data.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Runs {@code work} on the UI thread and returns its result; its exception is thrown here. */
	private <T> T ui(Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		testable.runTest(() -> {
			try {
				result.set(work.call());
			} catch (Exception e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** Polls {@code condition} (on this thread) until it holds, failing after {@link #WAIT}. */
	private static void await(String what, Callable<Boolean> condition, Duration interval) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
			}
			Thread.sleep(interval.toMillis());
		}
	}

	/** Lets the UI thread lay out and paint for a while. */
	private void settle(Duration time) throws Exception {
		long end = System.nanoTime() + time.toNanos();
		while (System.nanoTime() < end) {
			Thread.sleep(50);
			ui(() -> null);
		}
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}
}
