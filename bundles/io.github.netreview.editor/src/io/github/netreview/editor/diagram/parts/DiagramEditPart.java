package io.github.netreview.editor.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FanRouter;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import io.github.netreview.editor.diagram.figures.LinkRouter;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/** The diagram itself: a freeform layer holding its top-level nodes at their coordinates; links routed by {@link LinkRouter}, parallel ones fanned apart. */
public final class DiagramEditPart extends AbstractGraphicalEditPart {

	private final Adapter listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				refreshChildren();
			}
		}
	};

	DiagramEditPart(Diagram diagram) {
		setModel(diagram);
	}

	Diagram diagram() {
		return (Diagram) getModel();
	}

	@Override
	protected IFigure createFigure() {
		FreeformLayer layer = new FreeformLayer();
		layer.setLayoutManager(new FreeformLayout());
		layer.setBorder(new MarginBorder(20));
		FanRouter router = new FanRouter();
		router.setNextRouter(new LinkRouter(layer));
		((ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER)).setConnectionRouter(router);
		return layer;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new NodeLayoutPolicy());
	}

	@Override
	protected List<Node> getModelChildren() {
		return diagram().getNodes();
	}

	@Override
	public void activate() {
		super.activate();
		diagram().eAdapters().add(listener);
	}

	@Override
	public void deactivate() {
		diagram().eAdapters().remove(listener);
		super.deactivate();
	}
}
