package io.github.netreview.ide.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
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

	private final UiThread ui;
	private final CheckReport report;
	private final WorkbenchErrors errors;
	private final Path model;
	private final Path screenshot;
	private IFile file;
	private IEditorPart editor;
	private long errorMarkers;

	IdeEndToEndCheck(TestableObject testable, CheckReport report, WorkbenchErrors errors, Path model, Path screenshot) {
		this.ui = new UiThread(testable);
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
				+ P2Installation.installation());
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
		Path registry = P2Installation.installation().resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry");
		check(Files.isDirectory(registry), "the installation has no p2 profile registry at " + registry);
		Path profile = P2Installation.latestProfile(registry);
		String profileXml = P2Installation.read(profile);
		check(profileXml.contains("<unit id='" + CORE_FEATURE + "'"), "the p2 profile " + profile + " has no " + CORE_FEATURE);
		check(profileXml.contains("<unit id='" + EDITOR_FEATURE + "'"), "the p2 profile " + profile + " has no " + EDITOR_FEATURE);
		Matcher properties = Pattern.compile("<iuProperties id='" + Pattern.quote(EDITOR_FEATURE) + "'.*?</iuProperties>", Pattern.DOTALL)
				.matcher(profileXml);
		check(properties.find() && properties.group().contains("name='org.eclipse.equinox.p2.type.root' value='true'"),
				EDITOR_FEATURE + " is not a root of the p2 profile " + profile);
		report.note("p2 profile " + P2Installation.installation().relativize(profile) + ": root " + EDITOR_FEATURE + ", with " + CORE_FEATURE);
		Path bundlesInfo = P2Installation.installation().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
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
		ui.run(() -> {
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
		ui.settle(Duration.ofSeconds(2));
		ui.run(() -> {
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
		UiThread.await("NetReview's problem markers on " + file.getFullPath(), () -> {
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
			UiThread.await("the Problems view to list " + CRITICAL_RULE, () -> ui.run(() -> {
				IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
				Tree tree = ProblemsTree.of(problems);
				rows.set(tree == null ? List.of("(no tree)") : ProblemsTree.openErrors(tree, CRITICAL_RULE));
				return rows.get().stream().anyMatch(row -> row.startsWith(CRITICAL_RULE));
			}), Duration.ofMillis(500));
		} finally {
			rows.get().stream().limit(8).forEach(row -> report.note("Problems view: " + row));
		}
		String errors = "Errors (" + errorMarkers + " item" + (errorMarkers == 1 ? "" : "s") + ")";
		check(rows.get().contains(errors), "the Problems view has no group '" + errors + "'");
	}

	private void takeScreenshot() throws Exception {
		ui.run(() -> {
			Shell shell = page().getWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1600, 1000);
			shell.layout(true, true);
			if (file != null) {
				BasicNewResourceWizard.selectAndReveal(file, page().getWorkbenchWindow());
			}
			IViewPart problems = page().findView(IPageLayout.ID_PROBLEM_VIEW);
			Tree tree = problems == null ? null : ProblemsTree.of(problems);
			if (tree != null) {
				tree.getColumn(0).setWidth(tree.getClientArea().width / 2);
			}
			if (editor != null) {
				page().activate(editor);
			}
			return null;
		});
		ui.settle(Duration.ofSeconds(2));
		ui.run(() -> {
			WindowScreenshot.save(page().getWorkbenchWindow().getShell(), screenshot);
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

	private static List<String> messages(IMarker[] markers) {
		return Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}
}
