package io.github.netreview.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/** Draws a diagram as a PNG image with Java2D (headless, no display needed), the same drawing as {@link DiagramSvg}. */
public final class DiagramPng {

	private static final int MARGIN = 20;

	private Map<Node, int[]> absolute;
	private final Set<String> restricted;
	private final Map<String, String> highlight;

	private DiagramPng(Set<String> restricted, Map<String, String> highlight) {
		this.restricted = restricted;
		this.highlight = highlight;
	}

	/** The PNG bytes of {@code diagram}; ids and colours as for {@link DiagramSvg#render}. */
	public static byte[] render(Diagram diagram, Set<String> restricted, Map<String, String> highlight) throws IOException {
		return new DiagramPng(restricted, highlight).image(diagram);
	}

	private byte[] image(Diagram diagram) throws IOException {
		DrawnNodes drawn = DrawnNodes.of(diagram, MARGIN);
		absolute = drawn.bounds;
		BufferedImage image = new BufferedImage(drawn.width, drawn.height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			for (Node node : diagram.getNodes()) {
				container(g, node);
			}
			DrawnEdges.of(diagram, drawn, MARGIN).forEach((edge, line) -> edge(g, edge, line));
			for (Map.Entry<Node, int[]> entry : absolute.entrySet()) {
				if (entry.getKey().getElement() instanceof Device device) {
					device(g, entry.getKey(), entry.getValue(), device);
				}
			}
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private void container(Graphics2D g, Node node) {
		if (node.getElement() instanceof Device) {
			return;
		}
		int[] b = absolute.get(node);
		Named element = node.getElement();
		boolean core = element instanceof Zone zone && zone.isCore();
		g.setColor(Color.decode(core ? "#e3eefb" : element instanceof Zone ? "#f3f5f7" : "#fafafa"));
		g.fillRoundRect(b[0], b[1], b[2], b[3], 20, 20);
		g.setColor(Color.decode(core ? "#1f4e99" : "#8a939d"));
		g.setStroke(new BasicStroke(2));
		g.drawRoundRect(b[0], b[1], b[2], b[3], 20, 20);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		g.setColor(Color.BLACK);
		String tag = core ? " [CORE]" : element instanceof Site site && site.isSensitive() ? " [SENSITIVE SITE]" : "";
		g.drawString(NodeLabels.name(element) + tag, b[0] + 10, b[1] + 18);
		for (Node child : node.getChildren()) {
			container(g, child);
		}
	}

	private void edge(Graphics2D g, Edge edge, int[] line) {
		Link link = edge.getElement() instanceof Link l ? l : null;
		String colour = link == null ? null : highlight.get(link.getId());
		g.setColor(Color.decode(colour == null ? "#9a9a9a" : colour));
		float[] dash = link != null && !link.isEnabled() ? new float[] { 6, 4 } : null;
		g.setStroke(new BasicStroke(colour == null ? 1 : 5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
		int[] xs = new int[line.length / 2];
		int[] ys = new int[line.length / 2];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = line[2 * i];
			ys[i] = line[2 * i + 1];
		}
		g.drawPolyline(xs, ys, xs.length);
	}

	private void device(Graphics2D g, Node node, int[] b, Device device) {
		String colour = highlight.get(device.getId());
		boolean bad = restricted.contains(device.getId());
		g.setColor(Color.WHITE);
		g.fillRoundRect(b[0] + 2, b[1] + 2, b[2] - 4, b[3] - 4, 16, 16);
		g.setColor(Color.decode(colour == null ? "#8a8a8a" : colour));
		g.setStroke(new BasicStroke(colour == null ? 1 : 5));
		g.drawRoundRect(b[0] + 2, b[1] + 2, b[2] - 4, b[3] - 4, 16, 16);
		g.setColor(Color.decode(bad ? "#e00000" : "#4a5568"));
		g.fillRect(b[0] + 3, b[1] + 6, 5, b[3] - 12);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		List<String> lines = NodeLabels.deviceLines(node, b[2] - DiagramSvg.TEXT_LEFT - DiagramSvg.TEXT_RIGHT - (bad ? DiagramSvg.BADGE : 0));
		int y = b[1] + (lines.size() > 2 ? 18 : 24);
		for (int i = 0; i < lines.size() - 1; i++, y += 15) {
			g.drawString(lines.get(i), b[0] + DiagramSvg.TEXT_LEFT, y);
		}
		g.setColor(Color.decode("#555555"));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		g.drawString(lines.get(lines.size() - 1), b[0] + DiagramSvg.TEXT_LEFT, y + 3);
		if (bad) {
			g.setColor(Color.decode("#e00000"));
			g.fillOval(b[0] + b[2] - 23, b[1] + 5, 18, 18);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
			g.drawString("!", b[0] + b[2] - 16, b[1] + 19);
		}
	}
}
