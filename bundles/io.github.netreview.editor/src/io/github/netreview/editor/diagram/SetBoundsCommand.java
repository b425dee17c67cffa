package io.github.netreview.editor.diagram;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.github.netreview.model.notation.Node;

/** Moves and resizes a diagram node (relative to its container); undoable. */
final class SetBoundsCommand extends Command {

	private final Node node;
	private final Rectangle bounds;
	private Rectangle old;

	SetBoundsCommand(Node node, Rectangle bounds) {
		super("Move");
		this.node = node;
		this.bounds = bounds.getCopy();
	}

	@Override
	public void execute() {
		old = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
		apply(bounds);
	}

	@Override
	public void undo() {
		apply(old);
	}

	@Override
	public void redo() {
		apply(bounds);
	}

	private void apply(Rectangle r) {
		node.setX(r.x);
		node.setY(r.y);
		node.setWidth(Math.max(r.width, 20));
		node.setHeight(Math.max(r.height, 20));
	}
}
