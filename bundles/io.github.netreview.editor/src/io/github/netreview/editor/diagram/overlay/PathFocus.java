package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;

import io.github.netreview.editor.diagram.figures.DeviceFigure;
import io.github.netreview.editor.diagram.figures.LinkFigure;
import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Focus on one finding's path: the devices and links not on it are faded, or with "Show path only" hidden, all but the
 * path and the devices cabled to it (and the zones holding what is shown). A switch with endpoints folded in is on the
 * path when one of them is.
 */
public final class PathFocus {

	private final GraphicalViewer viewer;
	private Set<String> ids = Set.of();
	private boolean pathOnly;

	PathFocus(GraphicalViewer viewer) {
		this.viewer = viewer;
	}

	/** Focuses on the elements with these ids; none shows the whole diagram again. */
	void show(Collection<String> newIds) {
		ids = Set.copyOf(newIds);
		apply();
	}

	/** The ids of the elements in focus, empty when nothing is. */
	public Set<String> ids() {
		return ids;
	}

	void setPathOnly(boolean on) {
		pathOnly = on;
		apply();
	}

	/** Whether everything but the path in focus and its neighbours is hidden. */
	public boolean pathOnly() {
		return pathOnly;
	}

	/** Whether {@code part}'s figure is faded as off the path in focus. */
	public boolean isDimmed(EditPart part) {
		IFigure figure = ((GraphicalEditPart) part).getFigure();
		return figure instanceof DeviceFigure device && device.dimmed() || figure instanceof LinkFigure link && link.dimmed();
	}

	/** Fades or hides every figure as the focus says; again after the diagram or its overlay changed. */
	void apply() {
		List<ViewNodeEditPart> devices = new ArrayList<>();
		List<ViewNodeEditPart> containers = new ArrayList<>();
		List<EdgeEditPart> edges = new ArrayList<>();
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				(node.getFigure() instanceof DeviceFigure ? devices : containers).add(node);
			} else if (part instanceof EdgeEditPart edge) {
				edges.add(edge);
			}
		}
		boolean focused = !ids.isEmpty();
		boolean hiding = focused && pathOnly;
		Set<EditPart> shown = new HashSet<>();
		for (ViewNodeEditPart node : devices) {
			if (onPath(node)) {
				shown.add(node);
			}
		}
		Set<EditPart> path = new HashSet<>(shown);
		for (EdgeEditPart edge : edges) {
			if (edge.getSource() != null && edge.getTarget() != null
					&& (path.contains(edge.getSource()) || path.contains(edge.getTarget()) || onPath(edge))) {
				shown.add(edge.getSource());
				shown.add(edge.getTarget());
			}
		}
		for (ViewNodeEditPart node : devices) {
			((DeviceFigure) node.getFigure()).dim(focused && !path.contains(node));
			node.getFigure().setVisible(!hiding || shown.contains(node));
		}
		for (EdgeEditPart edge : edges) {
			if (edge.getFigure() instanceof LinkFigure line) {
				line.dim(focused && !onPath(edge));
			}
			edge.getFigure().setVisible(!hiding || shown.contains(edge.getSource()) && shown.contains(edge.getTarget()));
		}
		for (ViewNodeEditPart container : containers) {
			container.getFigure().setVisible(!hiding || holdsAny(container, shown));
		}
	}

	/** The figures of the devices and links on the path in focus. */
	List<IFigure> figures() {
		return figuresOf(ids);
	}

	/** The figures of the devices and links showing elements with these ids. */
	List<IFigure> figuresOf(Set<String> shownIds) {
		List<IFigure> figures = new ArrayList<>();
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.getFigure() instanceof DeviceFigure && holds(node.node(), shownIds)
					|| part instanceof EdgeEditPart edge && edge.link() != null && shownIds.contains(edge.link().getId())) {
				figures.add(((GraphicalEditPart) part).getFigure());
			}
		}
		return figures;
	}

	private boolean onPath(ViewNodeEditPart node) {
		return holds(node.node(), ids);
	}

	private boolean onPath(EdgeEditPart edge) {
		return edge.link() != null && ids.contains(edge.link().getId());
	}

	/** Whether the node shows one of the elements, itself or folded into it. */
	private static boolean holds(Node node, Set<String> shownIds) {
		if (node.getElement() != null && shownIds.contains(node.getElement().getId())) {
			return true;
		}
		if (node.isCollapsed() && node.getElement() instanceof Device) {
			for (Node child : node.getChildren()) {
				if (child.getElement() != null && shownIds.contains(child.getElement().getId())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean holdsAny(EditPart container, Set<EditPart> shown) {
		if (shown.contains(container)) {
			return true;
		}
		for (Object child : container.getChildren()) {
			if (holdsAny((EditPart) child, shown)) {
				return true;
			}
		}
		return false;
	}
}
