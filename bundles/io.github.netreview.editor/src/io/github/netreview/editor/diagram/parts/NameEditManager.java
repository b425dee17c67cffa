package io.github.netreview.editor.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;

import io.github.netreview.model.topology.Named;

/** Opens a text field over a node's name for direct editing, filled with the current name. */
public final class NameEditManager extends DirectEditManager {

	NameEditManager(GraphicalEditPart part) {
		super(part, TextCellEditor.class, new Locator(part.getFigure()));
	}

	@Override
	protected void initCellEditor() {
		Named element = ((ViewNodeEditPart) getEditPart()).element();
		getCellEditor().setValue(element == null || element.getName() == null ? "" : element.getName());
		((Text) getCellEditor().getControl()).selectAll();
	}

	/** Puts the text field over the top of the node. */
	private record Locator(IFigure figure) implements CellEditorLocator {
		@Override
		public void relocate(CellEditor editor) {
			Rectangle bounds = figure.getBounds().getCopy();
			figure.translateToAbsolute(bounds);
			Text text = (Text) editor.getControl();
			text.setBounds(bounds.x + 4, bounds.y + 4, Math.max(80, bounds.width - 8), 24);
		}
	}
}
