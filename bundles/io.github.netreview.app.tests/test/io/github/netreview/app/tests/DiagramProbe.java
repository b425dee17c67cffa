package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.LayerManager;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.figures.DeviceFigure;
import io.github.netreview.editor.diagram.figures.GhostFigure;
import io.github.netreview.editor.diagram.overlay.LiveAnalysis;
import io.github.netreview.editor.diagram.overlay.PreviewMarks;
import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;

/** What a diagram editor draws and runs, read through its viewer, command stack and analysis as the workbench adapts them. */
final class DiagramProbe {

	private DiagramProbe() {
	}

	static GraphicalViewer viewer(DiagramEditor editor) {
		return adapter(editor, GraphicalViewer.class);
	}

	static CommandStack commands(DiagramEditor editor) {
		return adapter(editor, CommandStack.class);
	}

	/** The edit part showing {@code model} (a node, edge or the diagram), or null. */
	static EditPart partOf(DiagramEditor editor, Object model) {
		return (EditPart) viewer(editor).getEditPartRegistry().get(model);
	}

	static boolean analysisIdle(DiagramEditor editor) {
		LiveAnalysis analysis = adapter(editor, LiveAnalysis.class);
		return analysis != null && analysis.idle();
	}

	static double analysisLatencyMillis(DiagramEditor editor) {
		return adapter(editor, LiveAnalysis.class).lastLatencyMillis();
	}

	/** Whether the node or edge showing {@code element} is highlighted as on a path to the core. */
	static boolean isHighlighted(DiagramEditor editor, EObject element) {
		for (Object part : viewer(editor).getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.highlight() != null;
			}
			if (part instanceof EdgeEditPart edge && edge.link() == element) {
				return edge.highlight() != null;
			}
		}
		return false;
	}

	/** Whether the node showing {@code element} carries the restricted badge. */
	static boolean isMarkedRestricted(DiagramEditor editor, EObject element) {
		for (Object part : viewer(editor).getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.restricted();
			}
		}
		return false;
	}

	/** The drawn preview mark of the node or link showing {@code element}, or null. */
	static PreviewMarks.Kind previewMarkOf(DiagramEditor editor, EObject element) {
		for (Object part : viewer(editor).getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure figure) {
				return figure.preview();
			}
			if (part instanceof EdgeEditPart edge && edge.link() == element) {
				return edge.previewMark() == null ? null : edge.previewMark().kind();
			}
		}
		return null;
	}

	/** How many devices a previewed proposal would add are drawn on the feedback layer. */
	static int ghostCount(DiagramEditor editor) {
		IFigure layer = ((LayerManager) viewer(editor).getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.FEEDBACK_LAYER);
		return (int) layer.getChildren().stream().filter(GhostFigure.class::isInstance).count();
	}

	/** The mark a comparison with another version draws on the node or link showing {@code element}, or null. */
	static PreviewMarks.Kind compareMarkOf(DiagramEditor editor, EObject element) {
		GraphicalEditPart part = showing(editor, element);
		if (part instanceof EdgeEditPart edge) {
			return edge.compareMark() == null ? null : edge.compareMark().kind();
		}
		return ((DeviceFigure) part.getFigure()).compared();
	}

	/** Whether the node or link showing {@code element} is drawn thick as on the path of a new or changed finding. */
	static boolean isOnNewPath(DiagramEditor editor, EObject element) {
		GraphicalEditPart part = showing(editor, element);
		return part instanceof EdgeEditPart edge ? edge.onNewPath() : ((DeviceFigure) part.getFigure()).onNewPath();
	}

	/** The edit part of the device or link showing {@code element}; fails when none does. */
	private static GraphicalEditPart showing(DiagramEditor editor, EObject element) {
		for (Object part : viewer(editor).getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() == element && node.getFigure() instanceof DeviceFigure
					|| part instanceof EdgeEditPart edge && edge.link() == element) {
				return (GraphicalEditPart) part;
			}
		}
		throw new AssertionError(element + " is not drawn");
	}

	/** The removed devices a comparison draws as ghosts, on the layer that zooms with the diagram. */
	static List<GhostFigure> removedGhosts(DiagramEditor editor) {
		IFigure layer = ((LayerManager) viewer(editor).getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.SCALED_FEEDBACK_LAYER);
		List<GhostFigure> ghosts = new ArrayList<>();
		for (Object child : layer.getChildren()) {
			if (child instanceof GhostFigure ghost && ghost.kind() == PreviewMarks.Kind.REMOVED) {
				ghosts.add(ghost);
			}
		}
		return ghosts;
	}

	/** How many removed links a comparison draws, dashed red between their ends. */
	static int removedLinkCount(DiagramEditor editor) {
		IFigure layer = ((LayerManager) viewer(editor).getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.SCALED_FEEDBACK_LAYER);
		return (int) layer.getChildren().stream().filter(Connection.class::isInstance).count();
	}

	/** What the editor adapts to {@code type} (GEF 3.2's editors declare getAdapter untyped). */
	private static <T> T adapter(DiagramEditor editor, Class<T> type) {
		return type.cast(editor.getAdapter(type));
	}
}
