package io.github.netreview.editor.diagram.parts;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.views.properties.IPropertySource;

import io.github.netreview.editor.diagram.figures.LinkFigure;
import io.github.netreview.editor.diagram.figures.PathColours;
import io.github.netreview.editor.diagram.figures.PreviewColours;
import io.github.netreview.editor.diagram.overlay.CompareMarks;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.editor.diagram.overlay.PreviewMarks;
import io.github.netreview.editor.diagram.properties.ElementPropertySource;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;

/**
 * A link on the diagram: a line between the two devices along its route, dashed when disabled, with an arrow for a one-way link, and
 * thick in its finding's colour when it lies on a path from a restricted device to the core; a proposal's preview and a
 * comparison with another version mark it too.
 */
public final class EdgeEditPart extends AbstractConnectionEditPart {

	/** The width of a link on a new finding's path. */
	private static final int NEW_PATH = 8;

	private final AdapterImpl listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				refreshVisuals();
			}
		}
	};
	private Overlay overlay = Overlay.NONE;
	private PreviewMarks marks = PreviewMarks.NONE;
	private CompareMarks compared = CompareMarks.NONE;

	EdgeEditPart(Edge edge) {
		setModel(edge);
	}

	Edge edge() {
		return (Edge) getModel();
	}

	public Link link() {
		return edge().getElement() instanceof Link link ? link : null;
	}

	@Override
	protected IFigure createFigure() {
		return new LinkFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletePolicy());
	}

	@Override
	protected void refreshVisuals() {
		PolylineConnection line = (PolylineConnection) getFigure();
		Link link = link();
		int path = link == null ? -1 : overlay.pathOf(link.getId());
		Color colour = PathColours.of(path);
		boolean resolved = path >= 0 && marks.resolved().contains(overlay.subjectOf(path));
		PreviewMarks.Mark mark = link == null ? null : marks.markOf(link.getId());
		line.setForegroundColor(colour == null ? ColorConstants.gray : resolved ? PreviewColours.RESOLVED.get() : colour);
		line.setLineWidth(colour == null ? 1 : 5);
		line.setLineStyle(link != null && !link.isEnabled() || resolved ? Graphics.LINE_DASH : Graphics.LINE_SOLID);
		line.setToolTip(null);
		showComparison(line, link, colour);
		if (mark != null) {
			line.setForegroundColor(mark.kind() == PreviewMarks.Kind.REMOVED ? PreviewColours.REMOVED.get()
					: mark.kind() == PreviewMarks.Kind.ADDED ? PreviewColours.ADDED.get() : PreviewColours.CHANGED.get());
			line.setLineWidth(5);
			line.setLineStyle(mark.kind() == PreviewMarks.Kind.CHANGED ? Graphics.LINE_SOLID : Graphics.LINE_DASH);
			line.setToolTip(new Label("Proposal: " + String.join("\nProposal: ", mark.lines())));
		}
		LinkDirection direction = link == null ? LinkDirection.BOTH : link.getDirection();
		line.setTargetDecoration(direction == LinkDirection.FROM_A ? new PolygonDecoration() : null);
		line.setSourceDecoration(direction == LinkDirection.FROM_B ? new PolygonDecoration() : null);
		line.setRoutingConstraint(edge().getBendpoints().stream().map(p -> new AbsoluteBendpoint(p.getX(), p.getY())).toList());
	}

	/**
	 * Draws this link's change since the version compared with (amber changed, green dashed added), and 8 pixels wide
	 * when a new or changed finding's path runs along it.
	 */
	private void showComparison(PolylineConnection line, Link link, Color pathColour) {
		PreviewMarks.Mark change = compareMark();
		boolean newPath = link != null && compared.onNewPath(link.getId());
		if (change != null) {
			line.setForegroundColor(change.kind() == PreviewMarks.Kind.ADDED ? PreviewColours.ADDED.get() : PreviewColours.CHANGED.get());
			line.setLineWidth(5);
			line.setLineStyle(change.kind() == PreviewMarks.Kind.ADDED ? Graphics.LINE_DASH : Graphics.LINE_SOLID);
		}
		if (newPath) {
			line.setForegroundColor(change != null ? line.getForegroundColor() : pathColour != null ? pathColour : PathColours.of(0));
			line.setLineWidth(NEW_PATH);
		}
		String tip = link == null ? null : compared.tooltip(link.getId());
		if (tip != null) {
			line.setToolTip(new Label(tip));
		}
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Object getAdapter(Class type) {
		if (type == IPropertySource.class && link() != null) {
			return new ElementPropertySource(link(), getViewer().getEditDomain().getCommandStack());
		}
		return super.getAdapter(type);
	}

	/** Shows a proposal's preview on this link (NONE to clear it). */
	public void preview(PreviewMarks newMarks) {
		marks = newMarks;
		refreshVisuals();
	}

	/** The preview mark drawn on this link, or null. */
	public PreviewMarks.Mark previewMark() {
		return link() == null ? null : marks.markOf(link().getId());
	}

	/** Shows a comparison with another version on this link (NONE to clear it). */
	public void compare(CompareMarks newMarks) {
		compared = newMarks;
		refreshVisuals();
	}

	/** The mark of this link's change since the version compared with, or null. */
	public PreviewMarks.Mark compareMark() {
		return link() == null ? null : compared.markOf(link().getId());
	}

	/** Whether this link is drawn thick as on the path of a finding that is new or changed since the version compared with. */
	public boolean onNewPath() {
		return link() != null && compared.onNewPath(link().getId());
	}

	/** Shows a new analysis result on this link. */
	public void show(Overlay newOverlay) {
		overlay = newOverlay;
		refreshVisuals();
	}

	/** The colour this link is highlighted in as on a path, or null. */
	public Color highlight() {
		return link() == null ? null : PathColours.of(overlay.pathOf(link().getId()));
	}

	@Override
	public void activate() {
		super.activate();
		edge().eAdapters().add(listener);
		if (link() != null) {
			link().eAdapters().add(listener);
		}
	}

	@Override
	public void deactivate() {
		edge().eAdapters().remove(listener);
		if (link() != null) {
			link().eAdapters().remove(listener);
		}
		super.deactivate();
	}
}
