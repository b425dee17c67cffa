package io.github.netreview.editor.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.LayerManager;
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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.ModelSaving;
import io.github.netreview.editor.tree.LoadErrorPanel;
import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * The network diagram editor: sites and zones as nested containers, devices with their role's glyph, links as lines;
 * palette tools create devices and links, every edit is an undoable GEF command, and the analysis overlay marks
 * restricted devices and highlights each path to the core, updated in the background as the network changes. A
 * network without a diagram gets one laid out in nested rows (not saved until the user saves).
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
	private LayoutPlan lastLayout;
	private Proposal previewed;
	private final List<IFigure> ghosts = new ArrayList<>();
	private final List<Consumer<Overlay>> overlayListeners = new CopyOnWriteArrayList<>();
	private FindingFocus focus;

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
					lastLayout = plan;
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

	/** Writes the whole diagram, overlay included, as a PNG image at 100% zoom. */
	public void exportPng(Path target) throws IOException {
		IFigure figure = ((LayerManager) getGraphicalViewer().getEditPartRegistry()
				.get(LayerManager.ID)).getLayer(LayerConstants.PRINTABLE_LAYERS);
		Rectangle bounds = figure.getBounds();
		Display display = getSite().getShell().getDisplay();
		Image image = new Image(display, Math.max(1, bounds.width), Math.max(1, bounds.height));
		GC gc = new GC(image);
		SWTGraphics graphics = new SWTGraphics(gc);
		try {
			graphics.translate(-bounds.x, -bounds.y);
			figure.paint(graphics);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} catch (SWTException e) {
			throw new IOException("could not write " + target + ": " + e.getMessage(), e);
		} finally {
			graphics.dispose();
			gc.dispose();
			image.dispose();
		}
	}

	/** Writes the whole diagram, overlay included, as an SVG document. */
	public void exportSvg(Path target) throws IOException {
		Map<String, String> colours = new HashMap<>();
		overlay.onPath().forEach((id, number) -> colours.put(id, PathPalette.hex(number)));
		Files.writeString(target, DiagramSvg.render(diagram, overlay.restricted(), colours));
	}

	/** Asks for a file and exports the diagram to it as PNG or SVG, by its extension. */
	public void exportWithDialog() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Diagram");
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
		dialog.setFileName(file.getFileName().toString().replaceFirst("\\.netreview$", "") + ".png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		try {
			if (chosen.toLowerCase(Locale.ROOT).endsWith(".svg")) {
				exportSvg(target);
			} else {
				exportPng(target);
			}
			getEditorSite().getActionBars().getStatusLineManager().setMessage("Exported the diagram to " + target);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export failed", e.getMessage());
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
	}

	/** Zooms so that the whole diagram fits the editor. */
	public void zoomToFit() {
		((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager().setZoomAsText(ZoomManager.FIT_ALL);
	}

	/** The last layout applied, or null. */
	public LayoutPlan lastLayout() {
		return lastLayout;
	}

	/** Puts an analysis result on every node and link of the diagram. */
	private void show(Overlay newOverlay) {
		overlay = newOverlay;
		if (getEditorSite() != null && analysis != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage("Analysis: " + newOverlay.restricted().size()
					+ " restricted devices, " + newOverlay.pathSubjects().size() + " in or with a path to the core; " + newOverlay.coverage());
		}
		if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
			return;
		}
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				node.show(newOverlay);
			} else if (part instanceof EdgeEditPart edge) {
				edge.show(newOverlay);
			}
		}
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

	/**
	 * Frames the elements with these ids at the largest zoom that shows them all, with a margin, and fades the rest (hides
	 * it under Show Path Only); no ids shows the whole diagram again.
	 */
	public void focus(Collection<String> ids) {
		focus.focus(ids);
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
		if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
			return;
		}
		PreviewMarks marks = proposal == null ? PreviewMarks.NONE : PreviewMarks.of(proposal, ElementIds.of(diagram.getNetwork()));
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				node.preview(marks);
			} else if (part instanceof EdgeEditPart edge) {
				edge.preview(marks);
			}
		}
		showGhosts(proposal);
	}

	/** Draws the devices {@code proposal} would add, on the feedback layer, by the link they would split. */
	private void showGhosts(Proposal proposal) {
		IFigure layer = ((LayerManager) getGraphicalViewer().getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.FEEDBACK_LAYER);
		ghosts.forEach(layer::remove);
		ghosts.clear();
		if (proposal == null) {
			return;
		}
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof CreateElement create && create.type().equals("Device")) {
				EdgeEditPart split = splitLink(proposal, create.id());
				if (split != null) {
					Point middle = ((Connection) split.getFigure()).getPoints().getMidpoint();
					GhostFigure ghost = new GhostFigure(create.values().getOrDefault("name", create.id()));
					Rectangle bounds = new Rectangle(middle.x - DiagramBuilder.DEVICE_WIDTH / 2, middle.y - DiagramBuilder.DEVICE_HEIGHT / 2,
							DiagramBuilder.DEVICE_WIDTH + 60, DiagramBuilder.DEVICE_HEIGHT);
					split.getFigure().translateToAbsolute(bounds);
					layer.translateToRelative(bounds);
					ghost.setBounds(bounds);
					layer.add(ghost);
					ghosts.add(ghost);
				}
			}
		}
	}

	/** The drawn link whose end the proposal moves onto an interface of the device it adds, or null. */
	private EdgeEditPart splitLink(Proposal proposal, String deviceId) {
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof SetValue set && set.newValue() != null && set.newValue().startsWith(deviceId + ".")) {
				for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
					if (part instanceof EdgeEditPart edge && edge.link() != null && set.element().equals(edge.link().getId())) {
						return edge;
					}
				}
			}
		}
		return null;
	}

	/** How many devices a previewed proposal would add are drawn, for tests. */
	public int ghostCount() {
		return ghosts.size();
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

	/** The drawn preview mark of the node or link showing {@code element}, or null. */
	public PreviewMarks.Kind previewMarkOf(EObject element) {
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.preview();
			}
			if (part instanceof EdgeEditPart edge && edge.link() == element) {
				return edge.previewMark() == null ? null : edge.previewMark().kind();
			}
		}
		return null;
	}

	/** The analysis overlay now shown. */
	public Overlay overlay() {
		return overlay;
	}

	/** Whether the overlay shows the network as it is now. */
	public boolean analysisIdle() {
		return analysis != null && analysis.idle();
	}

	/** Milliseconds from the last edit to its overlay on the diagram, -1 before the first. */
	public double analysisLatencyMillis() {
		return analysis == null ? -1 : analysis.lastLatencyMillis();
	}

	/** Whether the node or edge showing {@code element} is highlighted as on a path to the core. */
	public boolean isHighlighted(EObject element) {
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.highlight() != null;
			}
			if (part instanceof EdgeEditPart edge && edge.link() == element) {
				return edge.highlight() != null;
			}
		}
		return false;
	}

	/** Whether the node showing {@code element} carries the restricted badge. */
	public boolean isMarkedRestricted(EObject element) {
		for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.restricted();
			}
		}
		return false;
	}

	public Diagram getDiagram() {
		return diagram;
	}

	public Resource getResource() {
		return resource;
	}

	public ModelLoadException getLoadError() {
		return loadError;
	}

	/** The viewer showing the diagram, for tools and tests that drive it with requests. */
	public GraphicalViewer viewer() {
		return getGraphicalViewer();
	}

	/** The edit part showing {@code model} (a node, edge or the diagram), or null. */
	public EditPart partOf(Object model) {
		return (EditPart) getGraphicalViewer().getEditPartRegistry().get(model);
	}

	/** The editor's command stack: every diagram edit goes through it. */
	public CommandStack commands() {
		return getCommandStack();
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
		super.dispose();
	}
}
