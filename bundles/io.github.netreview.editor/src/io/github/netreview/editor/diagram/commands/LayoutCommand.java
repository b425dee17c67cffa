package io.github.netreview.editor.diagram.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.gef.commands.Command;

import io.github.netreview.layout.Bend;
import io.github.netreview.layout.Bounds;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/** Moves every node to a layout plan's place and gives the links their routes, as one undoable step. */
public final class LayoutCommand extends Command {

	private final LayoutPlan plan;
	private final Map<Node, Bounds> before = new HashMap<>();
	private final Map<Edge, List<Bend>> routesBefore = new HashMap<>();

	public LayoutCommand(LayoutPlan plan) {
		this(plan.engine().equals("make room") ? "Make room" : "Auto layout (" + plan.engine() + ")", plan);
	}

	public LayoutCommand(String label, LayoutPlan plan) {
		super(label);
		this.plan = plan;
	}

	@Override
	public void execute() {
		plan.bounds().keySet().forEach(node -> before.put(node, new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
		plan.routes().keySet().forEach(edge -> routesBefore.put(edge, LayoutPlan.routeOf(edge)));
		plan.apply();
	}

	@Override
	public void undo() {
		new LayoutPlan(plan.engine(), before, routesBefore, 0).apply();
	}

	@Override
	public void redo() {
		plan.apply();
	}
}
