package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PrecisionRectangle;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;

import io.github.netreview.editor.diagram.figures.ContainerFigure;
import io.github.netreview.editor.diagram.figures.DeviceFigure;
import io.github.netreview.editor.diagram.figures.GhostFigure;
import io.github.netreview.editor.diagram.figures.PreviewColours;
import io.github.netreview.editor.diagram.overlay.CompareMarks.Ghost;
import io.github.netreview.editor.diagram.overlay.CompareMarks.GhostLink;
import io.github.netreview.editor.diagram.overlay.PreviewMarks.Kind;
import io.github.netreview.editor.diagram.parts.EdgeEditPart;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.model.build.DiagramBuilder;

/**
 * Paints a comparison with another version on a diagram: its marks on the nodes and links drawn, and on a layer of
 * their own (zoomed with the diagram) the devices and links only the other version has, as red ghosts where they were:
 * in the same container at the same place when its diagram has the device, else beside a device it was cabled to,
 * else at the top of its zone.
 */
public final class ComparePainter {

	/** How far from a neighbour a ghost is drawn that its own diagram does not place. */
	private static final int GAP = 12;

	private final GraphicalViewer viewer;
	private final Map<String, IFigure> ghosts = new LinkedHashMap<>();
	private CompareMarks marks = CompareMarks.NONE;

	public ComparePainter(GraphicalViewer viewer) {
		this.viewer = viewer;
	}

	/** Puts {@code newMarks} on the diagram; NONE clears it. */
	public void show(CompareMarks newMarks) {
		marks = newMarks;
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node) {
				node.compare(marks);
			} else if (part instanceof EdgeEditPart edge) {
				edge.compare(marks);
			}
		}
		drawGhosts();
	}

	/** Paints the marks again, after the diagram's contents were replaced. */
	public void redraw() {
		show(marks);
	}

	/**
	 * Frames what shows the elements with these ids when that includes a ghost or a container (the diagram editor
	 * frames devices and links itself); returns whether it did.
	 */
	public boolean frame(Collection<String> ids) {
		List<IFigure> figures = new ArrayList<>();
		boolean beyond = false;
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() != null && ids.contains(node.element().getId())) {
				figures.add(node.getFigure());
				beyond |= node.getFigure() instanceof ContainerFigure;
			} else if (part instanceof EdgeEditPart edge && edge.link() != null && ids.contains(edge.link().getId())) {
				figures.add(edge.getFigure());
			}
		}
		for (String id : ids) {
			if (ghosts.containsKey(id)) {
				figures.add(ghosts.get(id));
				beyond = true;
			}
		}
		return beyond && Framing.frame(viewer, figures, FindingFocus.MAX_ZOOM);
	}

	private void drawGhosts() {
		IFigure layer = layer();
		ghosts.values().forEach(layer::remove);
		ghosts.clear();
		Map<String, IFigure> devices = new HashMap<>();
		Map<String, IFigure> containers = new HashMap<>();
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof ViewNodeEditPart node && node.element() != null) {
				(node.getFigure() instanceof DeviceFigure ? devices : containers).put(node.element().getId(), node.getFigure());
			}
		}
		for (Ghost ghost : marks.ghosts()) {
			Rectangle bounds = where(ghost, devices, containers);
			if (bounds != null) {
				GhostFigure figure = new GhostFigure(ghost.name(), Kind.REMOVED);
				layer.translateToRelative(bounds);
				figure.setBounds(bounds);
				figure.setToolTip(new Label(tooltip(ghost.name() + " is not in this version", ghost.lines())));
				layer.add(figure);
				ghosts.put(ghost.id(), figure);
			}
		}
		for (GhostLink link : marks.ghostLinks()) {
			IFigure a = devices.getOrDefault(link.endA(), ghosts.get(link.endA()));
			IFigure b = devices.getOrDefault(link.endB(), ghosts.get(link.endB()));
			if (a != null && b != null) {
				PolylineConnection line = new PolylineConnection();
				line.setSourceAnchor(new ChopboxAnchor(a));
				line.setTargetAnchor(new ChopboxAnchor(b));
				line.setForegroundColor(PreviewColours.REMOVED.get());
				line.setLineWidth(3);
				line.setLineStyle(Graphics.LINE_DASH);
				line.setToolTip(new Label(tooltip("This link is not in this version", link.lines())));
				layer.add(line);
				ghosts.put(link.id(), line);
			}
		}
	}

	/** Where to draw a removed device, in absolute coordinates, or null when nothing drawn tells. */
	private Rectangle where(Ghost ghost, Map<String, IFigure> devices, Map<String, IFigure> containers) {
		CompareMarks.Place place = ghost.place();
		if (place != null) {
			Rectangle bounds = new Rectangle(place.x(), place.y(), place.width(), place.height());
			if (place.container() == null) { // the diagram's freeform layer lays its nodes out at their own coordinates
				return absolute(((GraphicalEditPart) viewer.getContents()).getFigure(), bounds);
			}
			if (containers.get(place.container()) instanceof ContainerFigure box) {
				return absolute(box.content(), bounds.translate(box.content().getClientArea().getLocation()));
			}
		}
		for (String neighbour : ghost.neighbours()) {
			IFigure beside = devices.get(neighbour);
			if (beside != null) {
				Rectangle bounds = beside.getBounds().getCopy();
				return absolute(beside, bounds.translate(GAP, bounds.height + GAP));
			}
		}
		IFigure zone = containers.get(ghost.zone());
		if (zone instanceof ContainerFigure box) {
			Rectangle area = box.content().getClientArea();
			return absolute(box.content(), new Rectangle(area.x + GAP, area.y + GAP, DiagramBuilder.DEVICE_WIDTH, DiagramBuilder.DEVICE_HEIGHT));
		}
		return null;
	}

	/** {@code bounds} of {@code figure}'s coordinates in absolute ones, kept precise so that the way back to the layer rounds nothing off. */
	private static Rectangle absolute(IFigure figure, Rectangle bounds) {
		PrecisionRectangle precise = new PrecisionRectangle(bounds);
		figure.translateToAbsolute(precise);
		return precise;
	}

	private String tooltip(String head, List<String> lines) {
		StringBuilder tip = new StringBuilder(head).append("; in ").append(marks.against()).append(':');
		lines.forEach(line -> tip.append("\n  ").append(line));
		return tip.toString();
	}

	private IFigure layer() {
		return ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.SCALED_FEEDBACK_LAYER);
	}
}
