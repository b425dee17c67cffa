package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.editor.diagram.figures.GhostFigure;
import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Network;

/**
 * Paints on a diagram's nodes and links what the analysis found (restricted badges, paths to the core) and what a
 * proposal would change (marks, and the devices it would add drawn as ghosts by the link they would split).
 */
public final class OverlayPainter {

	private final GraphicalViewer viewer;
	private final List<IFigure> ghosts = new ArrayList<>();

	public OverlayPainter(GraphicalViewer viewer) {
		this.viewer = viewer;
	}

	/** Puts an analysis result on every node and link the viewer draws. */
	public void show(Overlay overlay) {
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				node.show(overlay);
			} else if (part instanceof EdgeEditPart edge) {
				edge.show(overlay);
			}
		}
	}

	/** Draws {@code proposal}'s changes to {@code network} without changing it; null clears the preview. */
	public void preview(Proposal proposal, Network network) {
		PreviewMarks marks = proposal == null ? PreviewMarks.NONE : PreviewMarks.of(proposal, ElementIds.of(network));
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				node.preview(marks);
			} else if (part instanceof EdgeEditPart edge) {
				edge.preview(marks);
			}
		}
		showGhosts(proposal);
	}

	private void showGhosts(Proposal proposal) {
		IFigure layer = ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.FEEDBACK_LAYER);
		ghosts.forEach(layer::remove);
		ghosts.clear();
		if (proposal == null) {
			return;
		}
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof CreateElement create && create.type().equals("Device")) {
				EdgeEditPart split = splitLink(proposal, create.id());
				if (split != null) {
					Point middle = ((Connection) split.getFigure()).getPoints().getMidpoint();
					GhostFigure ghost = new GhostFigure(create.values().getOrDefault("name", create.id()));
					Rectangle bounds = new Rectangle(middle.x - DiagramBuilder.DEVICE_WIDTH / 2, middle.y - DiagramBuilder.DEVICE_HEIGHT / 2,
							DiagramBuilder.DEVICE_WIDTH + 60, DiagramBuilder.DEVICE_HEIGHT);
					split.getFigure().translateToAbsolute(bounds);
					layer.translateToRelative(bounds);
					ghost.setBounds(bounds);
					layer.add(ghost);
					ghosts.add(ghost);
				}
			}
		}
	}

	/** The drawn link whose end the proposal moves onto an interface of the device it adds, or null. */
	private EdgeEditPart splitLink(Proposal proposal, String deviceId) {
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof SetValue set && set.newValue() != null && set.newValue().startsWith(deviceId + ".")) {
				for (Object part : viewer.getEditPartRegistry().values()) {
					if (part instanceof EdgeEditPart edge && edge.link() != null && set.element().equals(edge.link().getId())) {
						return edge;
					}
				}
			}
		}
		return null;
	}
}
