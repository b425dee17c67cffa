package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.StructuredSelection;

import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;

/**
 * Where a diagram's focus is: the editor opens framing the first critical finding (the whole diagram when there is
 * none), a finding revealed from a view is framed and the rest faded, a click on a path's device or link focuses on
 * that path, a click on the background ends the focus.
 */
public final class FindingFocus {

	/** The largest zoom framing a finding goes to: one device is not blown up to fill the editor. */
	static final double MAX_ZOOM = 2;
	/** How often framing at open is tried again while the view has no size yet, 100 ms apart. */
	private static final int TRIES = 50;

	private final GraphicalViewer viewer;
	private final Supplier<Overlay> overlay;
	private final PathFocus path;
	private boolean framed;
	private int tries;
	private boolean revealing;

	public FindingFocus(GraphicalViewer viewer, Supplier<Overlay> overlay) {
		this.viewer = viewer;
		this.overlay = overlay;
		path = new PathFocus(viewer);
		viewer.addSelectionChangedListener(event -> followSelection());
	}

	public PathFocus path() {
		return path;
	}

	/** Selects {@code parts} and focuses on the elements with {@code ids}. */
	public void reveal(List<EditPart> parts, Collection<String> ids) {
		revealing = true;
		try {
			viewer.setSelection(new StructuredSelection(parts));
		} finally {
			revealing = false;
		}
		focus(ids);
	}

	/** Frames the elements with these ids and fades the rest; no ids shows the whole diagram again. */
	public void focus(Collection<String> ids) {
		path.show(ids);
		framed = true;
		if (!ids.isEmpty()) {
			Framing.frame(viewer, path.figures(), MAX_ZOOM);
		}
	}

	/** Shows only the path in focus and its neighbours (the first core finding's when none is), or everything again. */
	public void showPathOnly(boolean on) {
		Overlay shown = overlay.get();
		if (on && path.ids().isEmpty() && !shown.pathSubjects().isEmpty()) {
			focus(FindingIds.coreFindingOf(shown.findings(), shown.subjectOf(0)));
		}
		path.setPathOnly(on);
	}

	/** Keeps the focus on what the diagram now draws; the first time, frames the first critical finding. */
	public void overlayShown() {
		path.apply();
		if (!framed) {
			frameAtOpen();
		}
	}

	private void followSelection() {
		List<?> selected = viewer.getSelectedEditParts();
		if (revealing || selected.size() > 1) {
			return;
		}
		Object part = selected.isEmpty() ? null : selected.get(0);
		String id = part instanceof ViewNodeEditPart node && node.element() != null ? node.element().getId()
				: part instanceof EdgeEditPart edge && edge.link() != null ? edge.link().getId() : null;
		Overlay shown = overlay.get();
		int number = shown.pathOf(id);
		if (number >= 0) {
			path.show(FindingIds.coreFindingOf(shown.findings(), shown.subjectOf(number)));
			if (!Framing.showsAll(viewer, path.figures())) {
				Framing.frame(viewer, path.figures(), MAX_ZOOM);
			}
		} else if ((part == null || part == viewer.getContents()) && !path.pathOnly()) {
			path.show(List.of());
		}
	}

	private void frameAtOpen() {
		Set<String> critical = FindingIds.firstCritical(overlay.get().findings());
		List<IFigure> figures = critical.isEmpty() ? new ArrayList<>() : path.figuresOf(critical);
		if (figures.isEmpty()) {
			for (Object child : viewer.getContents().getChildren()) {
				figures.add(((GraphicalEditPart) child).getFigure());
			}
		}
		framed = Framing.frame(viewer, figures, critical.isEmpty() ? 1 : MAX_ZOOM) || figures.isEmpty() || ++tries > TRIES;
		if (!framed) {
			viewer.getControl().getDisplay().timerExec(100, () -> {
				if (!framed && viewer.getControl() != null && !viewer.getControl().isDisposed()) {
					frameAtOpen();
				}
			});
		}
	}
}
