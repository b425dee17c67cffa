package io.github.netreview.editor.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.gef.commands.Command;

import io.github.netreview.layout.Bounds;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.notation.Node;

/** Moves every node to a layout plan's place as one undoable step. */
final class LayoutCommand extends Command {

	private final LayoutPlan plan;
	private final Map<Node, Bounds> before = new HashMap<>();

	LayoutCommand(LayoutPlan plan) {
		super("Auto layout (" + plan.engine() + ")");
		this.plan = plan;
	}

	@Override
	public void execute() {
		plan.bounds().keySet().forEach(node -> before.put(node, new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
		plan.apply();
	}

	@Override
	public void undo() {
		new LayoutPlan(plan.engine(), before, 0).apply();
	}

	@Override
	public void redo() {
		plan.apply();
	}
}
