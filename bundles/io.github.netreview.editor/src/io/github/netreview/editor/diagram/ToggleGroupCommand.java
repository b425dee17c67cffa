package io.github.netreview.editor.diagram;

import java.util.List;

import org.eclipse.gef.commands.Command;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Expands a switch's folded endpoints (the switch becomes a box holding them) or folds them back. The node is taken
 * out and put back in place so the diagram draws it afresh in its new shape. Undo toggles back.
 */
final class ToggleGroupCommand extends Command {

	private final Node group;

	ToggleGroupCommand(Node group) {
		super(group.isCollapsed() ? "Expand group" : "Collapse group");
		this.group = group;
	}

	@Override
	public boolean canExecute() {
		return !group.getChildren().isEmpty() && group.getElement() instanceof Device;
	}

	@Override
	public void execute() {
		toggle();
	}

	@Override
	public void undo() {
		toggle();
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
