package io.github.netreview.editor.diagram.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.Command;

import io.github.netreview.layout.Bend;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/**
 * Moves and resizes a diagram node (relative to its container); undoable. The links of what moved lose the routes
 * the layout gave them, so the editor's router finds a way around the boxes again.
 */
public final class SetBoundsCommand extends Command {

	private final Node node;
	private final Rectangle bounds;
	private Rectangle old;
	private final Map<Edge, List<Bend>> routes = new HashMap<>();

	public SetBoundsCommand(Node node, Rectangle bounds) {
		super("Move");
		this.node = node;
		this.bounds = bounds.getCopy();
	}

	@Override
	public void execute() {
		old = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
		Diagram diagram = DiagramNodes.diagramOf(node);
		if (diagram != null) {
			for (Edge edge : diagram.getEdges()) {
				if (!edge.getBendpoints().isEmpty() && (EcoreUtil.isAncestor(node, edge.getSource()) || EcoreUtil.isAncestor(node, edge.getTarget()))) {
					routes.put(edge, LayoutPlan.routeOf(edge));
				}
			}
		}
		redo();
	}

	@Override
	public void undo() {
		apply(old);
		routes.forEach(LayoutPlan::route);
	}

	@Override
	public void redo() {
		routes.keySet().forEach(edge -> LayoutPlan.route(edge, List.of()));
		apply(bounds);
	}

	private void apply(Rectangle r) {
		node.setX(r.x);
		node.setY(r.y);
		node.setWidth(Math.max(r.width, 20));
		node.setHeight(Math.max(r.height, 20));
	}
}
