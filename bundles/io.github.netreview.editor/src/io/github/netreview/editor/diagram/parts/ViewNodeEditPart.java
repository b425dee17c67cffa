package io.github.netreview.editor.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.views.properties.IPropertySource;

import io.github.netreview.editor.diagram.commands.DiagramNodes;
import io.github.netreview.editor.diagram.figures.ContainerFigure;
import io.github.netreview.editor.diagram.figures.DeviceFigure;
import io.github.netreview.editor.diagram.figures.PathColours;
import io.github.netreview.editor.diagram.overlay.CompareMarks;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.editor.diagram.overlay.PreviewMarks;
import io.github.netreview.editor.diagram.properties.ElementPropertySource;
import io.github.netreview.model.build.DeviceLabel;
import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * A node of the diagram: a device, or a site or zone holding further nodes. It follows both the node (bounds,
 * children) and the element it shows (name, role, make), and draws the analysis overlay, proposal preview and comparison
 * it is given.
 */
public final class ViewNodeEditPart extends AbstractGraphicalEditPart implements NodeEditPart {

	private final AdapterImpl listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && isActive()) {
				refreshVisuals();
				refreshChildren();
				refreshSourceConnections();
				refreshTargetConnections();
			}
		}
	};
	private Overlay overlay = Overlay.NONE;
	private PreviewMarks marks = PreviewMarks.NONE;
	private CompareMarks compared = CompareMarks.NONE;

	ViewNodeEditPart(Node node) {
		setModel(node);
	}

	public Node node() {
		return (Node) getModel();
	}

	public Named element() {
		return node().getElement();
	}

	boolean isContainer() {
		return !(element() instanceof Device) || !node().getChildren().isEmpty() && !node().isCollapsed();
	}

	/** Whether this is a switch whose endpoints are folded into it. */
	boolean isCollapsedGroup() {
		return node().isCollapsed() && !node().getChildren().isEmpty();
	}

	@Override
	protected IFigure createFigure() {
		return isContainer() ? new ContainerFigure() : new DeviceFigure();
	}

	@Override
	public IFigure getContentPane() {
		return getFigure() instanceof ContainerFigure container ? container.content() : getFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletePolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameEditPolicy());
		if (isContainer()) {
			installEditPolicy(EditPolicy.LAYOUT_ROLE, new NodeLayoutPolicy());
		} else {
			installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinkCreationPolicy());
		}
	}

	@Override
	protected List<Node> getModelChildren() {
		return node().isCollapsed() ? List.of() : node().getChildren();
	}

	@Override
	protected List<Edge> getModelSourceConnections() {
		return edges(true);
	}

	@Override
	protected List<Edge> getModelTargetConnections() {
		return edges(false);
	}

	private List<Edge> edges(boolean source) {
		List<Edge> result = new ArrayList<>();
		Diagram diagram = DiagramNodes.diagramOf(node());
		if (diagram != null) {
			for (Edge edge : EdgeIndex.of(diagram).of(node(), source)) {
				Node other = source ? edge.getTarget() : edge.getSource();
				if (other != null && !DiagramNodes.hidden(other)) {
					result.add(edge);
				}
			}
		}
		return result;
	}

	@Override
	protected void refreshVisuals() {
		Node node = node();
		int[] size = NodeSizes.fit(node);
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), new Rectangle(node.getX(), node.getY(), size[0], size[1]));
		Named element = element();
		if (getFigure() instanceof DeviceFigure figure && element instanceof Device device) {
			figure.update(device.getRole(), DeviceLabel.of(node));
			boolean restricted = overlay.restricted().contains(device.getId());
			int path = overlay.pathOf(device.getId());
			List<String> foldedRestricted = new ArrayList<>();
			if (isCollapsedGroup()) {
				for (Node child : node.getChildren()) {
					String id = child.getElement() == null ? null : child.getElement().getId();
					if (overlay.restricted().contains(id)) {
						foldedRestricted.add(child.getElement().getName());
					}
					path = path >= 0 ? path : overlay.pathOf(id);
				}
			}
			figure.overlay(restricted || !foldedRestricted.isEmpty(), PathColours.of(path));
			PreviewMarks.Mark mark = marks.markOf(device.getId());
			figure.preview(mark == null ? null : mark.kind(), path >= 0 && marks.resolved().contains(overlay.subjectOf(path)));
			PreviewMarks.Mark change = compared.markOf(device.getId());
			figure.compare(change == null ? null : change.kind(), compared.onNewPath(device.getId()));
			StringBuilder tip = new StringBuilder(figure.tooltip());
			if (isCollapsedGroup()) {
				tip.append("\nEndpoints folded in: Diagram > Expand / Collapse Group opens them");
			}
			if (restricted) {
				tip.append("\nRestricted vendor: ").append(device.getManufacturer() == null ? "make inferred from its MAC" : device.getManufacturer());
				tip.append(path >= 0 ? "\nIn or with a path to a core zone" : "");
			}
			if (!foldedRestricted.isEmpty()) {
				tip.append("\nRestricted endpoints folded in: ").append(String.join(", ", foldedRestricted));
			}
			if (mark != null) {
				mark.lines().forEach(line -> tip.append("\nProposal: ").append(line));
			}
			String since = compared.tooltip(device.getId());
			if (since != null) {
				tip.append('\n').append(since);
			}
			figure.setToolTip(new Label(tip.toString()));
		} else if (getFigure() instanceof ContainerFigure figure) {
			if (element instanceof Device device) {
				figure.update(DeviceLabel.of(device, node.getChildren().size()).name(), new RGB(0xfb, 0xfb, 0xfd), new RGB(0x1f, 0x6f, 0xb2), null);
			} else if (element instanceof Zone zone) {
				boolean core = zone.isCore();
				figure.update(zone.getName(), core ? new RGB(0xe3, 0xee, 0xfb) : zoneFill(zone.getKind()),
						core ? new RGB(0x1f, 0x4e, 0x99) : new RGB(0x9a, 0xa5, 0xb1), core ? "CORE" : null);
			} else {
				Site site = element instanceof Site s ? s : null;
				figure.update(element == null ? "?" : element.getName(), new RGB(0xfa, 0xfa, 0xfa), new RGB(0x70, 0x70, 0x70),
						site != null && site.isSensitive() ? "SENSITIVE SITE" : null);
			}
		}
	}

	private static RGB zoneFill(ZoneKind kind) {
		return switch (kind) {
		case SURVEILLANCE -> new RGB(0xf4, 0xec, 0xf7);
		case DMZ, EXTERNAL -> new RGB(0xfd, 0xf2, 0xe9);
		case IOT, OT -> new RGB(0xea, 0xf6, 0xee);
		default -> new RGB(0xf3, 0xf5, 0xf7);
		};
	}

	/** Double-click (or F2) renames the element in place. */
	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
				|| RequestConstants.REQ_OPEN.equals(request.getType())) {
			new NameEditManager(this).show();
		} else {
			super.performRequest(request);
		}
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Object getAdapter(Class type) {
		if (type == IPropertySource.class && element() != null) {
			return new ElementPropertySource(element(), getViewer().getEditDomain().getCommandStack());
		}
		return super.getAdapter(type);
	}

	/** Shows a proposal's preview on this node (NONE to clear it). */
	public void preview(PreviewMarks newMarks) {
		marks = newMarks;
		refreshVisuals();
	}

	/** Shows a comparison with another version on this node (NONE to clear it). */
	public void compare(CompareMarks newMarks) {
		compared = newMarks;
		refreshVisuals();
	}

	/** Shows a new analysis result on this node and everything inside it. */
	public void show(Overlay newOverlay) {
		overlay = newOverlay;
		refreshVisuals();
	}

	@Override
	public void activate() {
		super.activate();
		node().eAdapters().add(listener);
		if (element() != null) {
			element().eAdapters().add(listener);
		}
	}

	@Override
	public void deactivate() {
		node().eAdapters().remove(listener);
		if (element() != null) {
			element().eAdapters().remove(listener);
		}
		if (getFigure() instanceof ContainerFigure container) {
			container.dispose();
		}
		super.deactivate();
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}
}
