package io.github.netreview.editor.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.ModelSaving;
import io.github.netreview.editor.diagram.actions.CopyAction;
import io.github.netreview.editor.diagram.actions.CutAction;
import io.github.netreview.editor.diagram.actions.DeleteElementsAction;
import io.github.netreview.editor.diagram.actions.DeviceClipboard;
import io.github.netreview.editor.diagram.actions.PasteAction;
import io.github.netreview.editor.diagram.actions.RenameAction;
import io.github.netreview.editor.diagram.actions.SelectAllElementsAction;
import io.github.netreview.editor.diagram.commands.ApplyProposalCommand;
import io.github.netreview.editor.diagram.commands.LayoutCommand;
import io.github.netreview.editor.diagram.commands.ToggleGroupCommand;
import io.github.netreview.editor.diagram.export.DiagramImageFile;
import io.github.netreview.editor.diagram.overlay.ComparePainter;
import io.github.netreview.editor.diagram.overlay.FindingFocus;
import io.github.netreview.editor.diagram.overlay.LiveAnalysis;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.editor.diagram.overlay.OverlayPainter;
import io.github.netreview.editor.diagram.overlay.PathFocus;
import io.github.netreview.editor.diagram.overlay.ProblemMarkers;
import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.PartFactory;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.editor.tree.LoadErrorPanel;
import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * The network diagram editor: sites and zones as nested containers, devices with their role's glyph, links as lines;
 * palette tools create devices and links, every edit is an undoable GEF command, and the analysis overlay marks
 * restricted devices and highlights each path to the core, updated in the background as the network changes. A
 * network without a diagram gets one laid out in nested rows (not saved until the user saves). Compare With shows the
 * differences from another version of the network on the diagram.
 */
public class DiagramEditor extends GraphicalEditorWithFlyoutPalette {

	public static final String ID = "io.github.netreview.editor.diagram";

	private Resource resource;
	private ModelLoadException loadError;
	private Path file;
	private Diagram diagram;
	private boolean diagramAdded;
	private LiveAnalysis analysis;
	private Overlay overlay = Overlay.NONE;
	private Proposal previewed;
	private OverlayPainter painter;
	private final List<Consumer<Overlay>> overlayListeners = new CopyOnWriteArrayList<>();
	private FindingFocus focus;
	private DiagramComparison comparison;

	public DiagramEditor() {
		setEditDomain(new DefaultEditDomain(this));
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = EditorInputs.fileOf(input);
		if (path == null) {
			throw new PartInitException("NetReview opens model files on a local disk; " + input.getName() + " is not one.");
		}
		setInputFile(input, path);
		try {
			resource = ModelFiles.load(path);
		} catch (ModelLoadException e) {
			loadError = e;
		}
		if (resource != null) {
			diagram = diagrams().stream().findFirst().orElse(null);
			if (diagram == null) {
				Network network = (Network) resource.getContents().get(0);
				diagram = DiagramBuilder.build(network);
				resource.getContents().add(diagram);
				diagramAdded = true;
			}
		}
		super.init(site, input);
	}

	private void setInputFile(IEditorInput input, Path path) {
		file = path;
		setPartName(path.getFileName().toString());
		setTitleToolTip(path.toString());
		if (getEditorInput() != null) {
			setInputWithNotify(input);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadError != null) {
			LoadErrorPanel.create(parent, loadError);
			return;
		}
		super.createPartControl(parent);
	}

	@Override
	protected PaletteRoot getPaletteRoot() {
		return Palette.create();
	}

	/**
	 * GEF's actions plus Cut, Copy, Paste, Rename and Select All, each under the workbench's id and command so that the
	 * contributor makes them the global handlers behind the Edit menu and its keys.
	 */
	@Override
	@SuppressWarnings("unchecked")
	protected void createActions() {
		super.createActions();
		DeviceClipboard clipboard = new DeviceClipboard();
		ActionRegistry registry = getActionRegistry();
		registry.registerAction(new DeleteElementsAction(this));
		for (SelectionAction action : List.of(new CutAction(this, clipboard), new CopyAction(this, clipboard), new RenameAction(this))) {
			registry.registerAction(action);
			getSelectionActions().add(action.getId());
		}
		registry.registerAction(new PasteAction(this, clipboard, this::getDiagram));
		registry.registerAction(new SelectAllElementsAction(this::getGraphicalViewer));
		for (ActionFactory edit : List.of(ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.RENAME, ActionFactory.PRINT)) {
			registry.getAction(edit.getId()).setActionDefinitionId(edit.getCommandId());
		}
	}

	@Override
	protected void configureGraphicalViewer() {
		super.configureGraphicalViewer();
		GraphicalViewer viewer = getGraphicalViewer();
		ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
		viewer.setRootEditPart(root);
		viewer.setEditPartFactory(new PartFactory());
		ZoomManager zoom = root.getZoomManager();
		zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3 });
		getActionRegistry().registerAction(new ZoomInAction(zoom));
		getActionRegistry().registerAction(new ZoomOutAction(zoom));
		KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
		keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, SWT.CTRL), getActionRegistry().getAction(GEFActionConstants.ZOOM_IN));
		keys.put(KeyStroke.getPressed('-', SWT.KEYPAD_SUBTRACT, SWT.CTRL), getActionRegistry().getAction(GEFActionConstants.ZOOM_OUT));
		viewer.setKeyHandler(keys);
	}

	@Override
	protected void initializeGraphicalViewer() {
		getGraphicalViewer().setContents(diagram);
		focus = new FindingFocus(getGraphicalViewer(), () -> overlay);
		painter = new OverlayPainter(getGraphicalViewer());
		comparison = new DiagramComparison(() -> diagram.getNetwork(), new ComparePainter(getGraphicalViewer()), getCommandStack(),
				() -> getSite().getShell());
		analysis = new LiveAnalysis(diagram.getNetwork(), getSite().getShell().getDisplay(), this::show);
		analysis.start();
	}

	/**
	 * Lays the diagram out with dot (or the fallback) off the UI thread and applies it as one undoable command;
	 * {@code done} gets the plan on the UI thread once it is applied.
	 */
	public void autoLayout(Consumer<LayoutPlan> done) {
		DiagramLayout.Prepared prepared = DiagramLayout.prepare(diagram);
		Display display = getSite().getShell().getDisplay();
		Job job = Job.create("Laying out " + diagram.getName(), monitor -> {
			LayoutPlan plan = prepared.compute();
			display.asyncExec(() -> {
				if (getGraphicalViewer() != null && !getGraphicalViewer().getControl().isDisposed()) {
					getCommandStack().execute(new LayoutCommand(plan));
					getEditorSite().getActionBars().getStatusLineManager()
							.setMessage("Laid out " + plan.bounds().size() + " nodes with " + plan.engine() + " in " + plan.millis() + " ms");
					done.accept(plan);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Expands or folds the endpoints of each selected switch group, as one undoable step per group. */
	public void toggleGroups() {
		for (Object part : new ArrayList<Object>(getGraphicalViewer().getSelectedEditParts())) {
			if (part instanceof ViewNodeEditPart node) {
				ToggleGroupCommand command = new ToggleGroupCommand(node.node());
				if (command.canExecute()) {
					getCommandStack().execute(command);
				}
			}
		}
	}

	/** Prints the diagram through the platform's print dialog (GEF's print action). */
	public void print() {
		getActionRegistry().getAction(ActionFactory.PRINT.getId()).run();
	}

	/** Asks for a file and exports the diagram to it as PNG or SVG, by its extension. */
	public void exportImage() {
		Path target = DiagramImageFile.exportWithDialog(getSite().getShell(), diagram, overlay, file);
		if (target != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage("Exported the diagram to " + target);
		}
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Object getAdapter(Class type) {
		if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
			return new ThumbnailOutline((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
		}
		if (type == ZoomManager.class && getGraphicalViewer() != null) {
			return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
		}
		if (type == LiveAnalysis.class) {
			return analysis;
		}
		return super.getAdapter(type);
	}

	/** Every diagram of the model, in file order. */
	public List<Diagram> diagrams() {
		List<Diagram> diagrams = new ArrayList<>();
		if (resource != null) {
			resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).forEach(diagrams::add);
		}
		return diagrams;
	}

	/** Shows another diagram of the same model, with the current analysis overlay. */
	public void showDiagram(Diagram other) {
		if (other == diagram || !diagrams().contains(other)) {
			return;
		}
		preview(null);
		diagram = other;
		getGraphicalViewer().setContents(diagram);
		setPartName(file.getFileName() + " - " + diagram.getName());
		show(overlay);
		comparison.redraw();
	}

	/** Zooms so that the whole diagram fits the editor. */
	public void zoomToFit() {
		((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager().setZoomAsText(ZoomManager.FIT_ALL);
	}

	/** Puts an analysis result on every node and link of the diagram. */
	private void show(Overlay newOverlay) {
		overlay = newOverlay;
		if (getEditorSite() != null && analysis != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage("Analysis: " + newOverlay.restricted().size()
					+ " restricted devices, " + newOverlay.pathSubjects().size() + " in or with a path to the core; " + newOverlay.coverage()
					+ (analysis.lastLatencyMillis() < 0 ? "" : String.format(Locale.ROOT, " (%.0f ms after the edit)", analysis.lastLatencyMillis())));
		}
		if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
			return;
		}
		painter.show(newOverlay);
		focus.overlayShown();
		overlayListeners.forEach(listener -> listener.accept(newOverlay));
		if (getEditorInput() instanceof IFileEditorInput workspaceFile) {
			ProblemMarkers.update(workspaceFile.getFile(), newOverlay.findings());
		}
	}

	/** Tells {@code listener} (on the UI thread) each time a new analysis result is shown. */
	public void addOverlayListener(Consumer<Overlay> listener) {
		overlayListeners.add(listener);
	}

	public void removeOverlayListener(Consumer<Overlay> listener) {
		overlayListeners.remove(listener);
	}

	/** Selects the nodes and links showing the elements with these ids (from any copy of the network) and focuses on them. */
	public void reveal(Collection<String> ids) {
		List<EditPart> parts = new ArrayList<>();
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			String id = part instanceof ViewNodeEditPart node && node.element() != null ? node.element().getId()
					: part instanceof EdgeEditPart edge && edge.link() != null ? edge.link().getId() : null;
			if (id != null && ids.contains(id)) {
				parts.add((EditPart) part);
			}
		}
		focus.reveal(parts, ids);
	}

	/** What is in focus, and whether only its path is shown. */
	public PathFocus pathFocus() {
		return focus == null ? null : focus.path();
	}

	/** Shows only the path in focus and its neighbours (the first core finding's when none is), or everything again. */
	public void showPathOnly(boolean on) {
		focus.showPathOnly(on);
	}

	/**
	 * Computes the ranked, verified proposals for the network as it is now, on a copy in the background; {@code done}
	 * gets, on the UI thread, that copy (which nothing changes afterwards) and the proposals made for it.
	 */
	public void computeProposals(BiConsumer<Network, List<Proposal>> done) {
		Network copy = EcoreUtil.copy(diagram.getNetwork());
		Display display = getSite().getShell().getDisplay();
		Job job = Job.create("Computing proposals for " + diagram.getNetwork().getName(), monitor -> {
			List<Proposal> proposals = new Proposer(Analyzer.standard()).propose(copy);
			display.asyncExec(() -> done.accept(copy, proposals));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Draws {@code proposal}'s changes on the diagram without changing the model (null clears the preview). */
	public void preview(Proposal proposal) {
		previewed = proposal;
		if (getGraphicalViewer() != null && getGraphicalViewer().getControl() != null && !getGraphicalViewer().getControl().isDisposed()) {
			painter.preview(proposal, diagram.getNetwork());
		}
	}

	/** The proposal whose preview is drawn, or null. */
	public Proposal previewed() {
		return previewed;
	}

	/** Applies {@code proposal} to the network and diagram as one undoable command, and clears the preview. */
	public void apply(Proposal proposal) {
		preview(null);
		getCommandStack().execute(new ApplyProposalCommand(resource, diagram, proposal));
	}

	/** The comparison of this network with another version (Diagram &gt; Compare With), or null before the diagram is shown. */
	public DiagramComparison comparison() {
		return comparison;
	}

	/** The analysis overlay now shown. */
	public Overlay overlay() {
		return overlay;
	}

	public Diagram getDiagram() {
		return diagram;
	}

	public Resource getResource() {
		return resource;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		super.commandStackChanged(event);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return diagramAdded || getCommandStack().isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		saveTo(file);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	@Override
	public void doSaveAs() {
		Path chosen = ModelSaving.askSaveAs(getSite().getShell(), file);
		if (chosen != null) {
			saveAs(chosen);
		}
	}

	/** Saves to {@code target} and makes it the editor's file. */
	public void saveAs(Path target) {
		if (saveTo(target)) {
			ModelSaving.moveTo(resource, target);
			setInputFile(new ModelFileInput(target), target);
		}
	}

	private boolean saveTo(Path target) {
		if (resource == null || !ModelSaving.save(getSite().getShell(), resource, target)) {
			return false;
		}
		diagramAdded = false;
		getCommandStack().markSaveLocation();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public void dispose() {
		if (analysis != null) {
			analysis.dispose();
		}
		if (comparison != null) {
			comparison.dispose();
		}
		super.dispose();
	}
}
