package io.github.netreview.editor.diagram.commands;

import java.util.List;

import org.eclipse.gef.commands.Command;

import io.github.netreview.layout.MakeRoom;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Expands a switch's folded endpoints (the switch becomes a box holding them) or folds them back. The node is taken
 * out and put back in place so the diagram draws it afresh in its new shape; opening it makes room around it, moving
 * what lay right of or below it ({@link MakeRoom}). Undo toggles back and puts the rest where it was.
 */
public final class ToggleGroupCommand extends Command {

	private final Node group;
	private LayoutCommand room;

	public ToggleGroupCommand(Node group) {
		super(group.isCollapsed() ? "Expand group" : "Collapse group");
		this.group = group;
	}

	@Override
	public boolean canExecute() {
		return !group.getChildren().isEmpty() && group.getElement() instanceof Device;
	}

	@Override
	public void execute() {
		int width = group.getWidth();
		int height = group.getHeight();
		boolean opening = group.isCollapsed();
		toggle();
		if (opening) {
			room = new LayoutCommand(MakeRoom.around(DiagramNodes.diagramOf(group), group, width, height));
			room.execute();
		}
	}

	@Override
	public void undo() {
		if (room != null) {
			room.undo();
		}
		toggle();
	}

	@Override
	public void redo() {
		toggle();
		if (room != null) {
			room.redo();
		}
	}

	private void toggle() {
		Diagram diagram = DiagramNodes.diagramOf(group);
		List<Node> siblings = group.eContainer() instanceof Node parent ? parent.getChildren() : diagram.getNodes();
		int at = siblings.indexOf(group);
		siblings.remove(at);
		DiagramBuilder.setCollapsed(group, !group.isCollapsed());
		siblings.add(at, group);
	}
}
