package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;

/** The SVG of the headquarters diagram is well-formed and shows its devices, badges and highlighted path. */
class DiagramSvgTest {

	@Test
	void headquartersAsSvg() throws Exception {
		Diagram diagram = (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
		String svg = DiagramSvg.render(diagram, Set.of("dev-cam-lobby-02"), Map.of("dev-core-sw-01", "#ff3d00", "link-dev-cam-lobby-02", "#ff3d00"));
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getNodeName());
		assertEquals(diagram.getNetwork().getDevices().size(), document.getElementsByTagName("g").getLength(), "one group per device");
		assertTrue(svg.contains("<title>cam-lobby-02 (restricted)</title>"));
		assertTrue(svg.contains("stroke=\"#ff3d00\" stroke-width=\"5\""), "the highlighted path is drawn thick");
		assertTrue(svg.contains("Core infrastructure") || svg.contains("[CORE]"));
		assertEquals(svg, DiagramSvg.render(diagram, Set.of("dev-cam-lobby-02"),
				Map.of("dev-core-sw-01", "#ff3d00", "link-dev-cam-lobby-02", "#ff3d00")), "deterministic");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}
}
