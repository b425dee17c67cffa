package io.github.netreview.editor.diagram.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;

import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.model.topology.Device;

/** Edit > Select All (Ctrl+A) in the diagram: every device and link drawn, at any depth of sites and zones. */
public final class SelectAllElementsAction extends Action {

	private final Supplier<GraphicalViewer> viewer;

	public SelectAllElementsAction(Supplier<GraphicalViewer> viewer) {
		super("Select &All");
		this.viewer = viewer;
		setId(ActionFactory.SELECT_ALL.getId());
		setToolTipText("Select every device and link of the diagram");
	}

	@Override
	public void run() {
		GraphicalViewer shown = viewer.get();
		if (shown == null) {
			return;
		}
		List<EditPart> parts = new ArrayList<>();
		for (Object part : shown.getEditPartRegistry().values()) {
			boolean element = part instanceof ViewNodeEditPart node && node.element() instanceof Device
					|| part instanceof EdgeEditPart edge && edge.link() != null;
			if (element && ((EditPart) part).isSelectable()) {
				parts.add((EditPart) part);
			}
		}
		shown.setSelection(new StructuredSelection(parts));
	}
}
