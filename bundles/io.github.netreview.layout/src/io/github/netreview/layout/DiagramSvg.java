package io.github.netreview.layout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * Draws a diagram as a standalone SVG document, as the editor shows it: sites and zones as titled boxes (core zones
 * blue), devices with their name and make, links along their routes; restricted devices with a red stripe and badge, and the
 * devices and links of highlighted paths thick in their colour. Headless: for export and review reports.
 */
public final class DiagramSvg {

	private static final int MARGIN = 20;
	/** Where a device's text starts, the room kept right of it, and the room the restricted badge takes. */
	static final int TEXT_LEFT = 14;
	static final int TEXT_RIGHT = 8;
	static final int BADGE = 22;

	private final StringBuilder svg = new StringBuilder();
	private Map<Node, int[]> absolute;
	private final Set<String> restricted;
	private final DiagramStrokes strokes;

	private DiagramSvg(Set<String> restricted, DiagramStrokes strokes) {
		this.restricted = restricted;
		this.strokes = strokes;
	}

	/**
	 * The SVG text of {@code diagram}; {@code restricted} holds the ids of restricted devices, {@code highlight} maps
	 * ids of devices and links on highlighted paths to a CSS colour.
	 */
	public static String render(Diagram diagram, Set<String> restricted, Map<String, String> highlight) {
		return render(diagram, restricted, DiagramStrokes.paths(highlight));
	}

	/** The SVG text of {@code diagram}, each element in {@code strokes} outlined as it says (a change review's colours). */
	public static String render(Diagram diagram, Set<String> restricted, DiagramStrokes strokes) {
		return new DiagramSvg(restricted, strokes).document(diagram);
	}

	private String document(Diagram diagram) {
		DrawnNodes drawn = DrawnNodes.of(diagram, MARGIN);
		absolute = drawn.bounds;
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
				+ " font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\">%n", drawn.width, drawn.height,
				drawn.width, drawn.height));
		svg.append("<title>").append(escape(diagram.getName() == null ? "diagram" : diagram.getName())).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (Node node : diagram.getNodes()) {
			containers(node);
		}
		DrawnEdges.of(diagram, drawn, MARGIN).forEach(this::edge);
		for (Node node : absolute.keySet()) {
			if (node.getElement() instanceof Device device) {
				device(node, device);
			}
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private void containers(Node node) {
		if (node.getElement() instanceof Device) {
			return;
		}
		int[] b = absolute.get(node);
		Named element = node.getElement();
		boolean core = element instanceof Zone zone && zone.isCore();
		String fill = core ? "#e3eefb" : element instanceof Zone ? "#f3f5f7" : "#fafafa";
		Stroke stroke = strokes.containers().getOrDefault(element instanceof Identified identified ? identified.getId() : null,
				new Stroke(core ? "#1f4e99" : "#8a939d", 2, false));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
				b[0], b[1], b[2], b[3], fill, stroke.colour(), stroke.width(), dash(stroke.dashed())));
		String tag = core ? " [CORE]" : element instanceof Site site && site.isSensitive() ? " [SENSITIVE SITE]" : "";
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", b[0] + 10, b[1] + 18,
				escape(NodeLabels.name(element) + tag)));
		for (Node child : node.getChildren()) {
			containers(child);
		}
	}

	/** A link along its route: the polyline the layout gave it, else a straight line from box to box. */
	private void edge(Edge edge, int[] line) {
		Link link = edge.getElement() instanceof Link l ? l : null;
		Stroke stroke = link == null ? null : strokes.elements().get(link.getId());
		String dash = dash(link != null && !link.isEnabled() || stroke != null && stroke.dashed());
		StringBuilder points = new StringBuilder();
		for (int i = 0; i + 1 < line.length; i += 2) {
			points.append(i == 0 ? "" : " ").append(line[i]).append(',').append(line[i + 1]);
		}
		svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n", points,
				stroke == null ? "#9a9a9a" : stroke.colour(), stroke == null ? 1 : stroke.width(), dash));
	}

	private void device(Node node, Device device) {
		int[] b = absolute.get(node);
		Stroke stroke = strokes.elements().get(device.getId());
		boolean bad = restricted.contains(device.getId());
		svg.append(String.format(Locale.ROOT, "<g><title>%s</title>%n", escape(ElementLabels.name(device) + (bad ? " (restricted)" : ""))));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"8\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
				b[0] + 2, b[1] + 2, b[2] - 4, b[3] - 4, stroke == null ? "#8a8a8a" : stroke.colour(), stroke == null ? 1 : stroke.width(),
				dash(stroke != null && stroke.dashed())));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"5\" height=\"%d\" fill=\"%s\"/>%n", b[0] + 3, b[1] + 6, b[3] - 12,
				bad ? "#e00000" : "#4a5568"));
		List<String> lines = NodeLabels.deviceLines(node, b[2] - TEXT_LEFT - TEXT_RIGHT - (bad ? BADGE : 0));
		int y = b[1] + (lines.size() > 2 ? 18 : 24);
		for (int i = 0; i < lines.size() - 1; i++, y += 15) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", b[0] + TEXT_LEFT, y, escape(lines.get(i))));
		}
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555555\" font-size=\"10\">%s</text>%n", b[0] + TEXT_LEFT,
				y + 3, escape(lines.get(lines.size() - 1))));
		if (bad) {
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"9\" fill=\"#e00000\"/><text x=\"%d\" y=\"%d\" fill=\"#ffffff\""
					+ " font-weight=\"bold\" text-anchor=\"middle\">!</text>%n", b[0] + b[2] - 14, b[1] + 14, b[0] + b[2] - 14, b[1] + 18));
		}
		svg.append("</g>\n");
	}

	private static String dash(boolean dashed) {
		return dashed ? " stroke-dasharray=\"6 4\"" : "";
	}

	/** {@code text} as SVG text: control and bidi characters visible, markup escaped. */
	static String escape(String text) {
		return SafeText.markup(text);
	}
}
