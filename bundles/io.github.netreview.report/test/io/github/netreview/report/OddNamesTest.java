package io.github.netreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.DiagramPng;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.findings.FindingsJson;
import io.github.netreview.report.findings.FindingsSarif;
import io.github.netreview.report.findings.FindingsText;
import io.github.netreview.report.html.HtmlReport;
import io.github.netreview.report.html.PathGraph;
import io.github.netreview.report.proposals.ProposalsJson;
import io.github.netreview.report.proposals.ProposalsText;

/**
 * Every report writer and the drawings in reports, given elements named null, empty, 100k characters, a newline, bidi
 * controls, NUL and ESC, or markup: no exception, well-formed output (XML parses, JSON parses strictly, DOT goes
 * through graphviz), nothing hidden or injected in text, and an unnamed element shown by its id.
 */
class OddNamesTest {

	private static final Path MODEL = Path.of("hq.netreview");
	private static final Map<String, Reviewed> REVIEWED = new HashMap<>();

	/** The example renamed and reviewed once per name, for every writer. */
	private record Reviewed(Resource resource, Network network, Diagram diagram, Analyzer analyzer, AnalysisResult result,
			List<Proposal> proposals, int problems) {
	}

	private static synchronized Reviewed reviewed(String name) throws Exception {
		Reviewed known = REVIEWED.get(String.valueOf(name));
		if (known != null) {
			return known;
		}
		Resource resource = OddNames.hqNamed(name);
		Network network = (Network) resource.getContents().get(0);
		Diagram diagram = (Diagram) resource.getContents().stream().filter(Diagram.class::isInstance).findFirst().orElseThrow();
		Analyzer analyzer = new Analyzer(LocalDate.of(2026, 11, 29), IeeeRegistry.system());
		Proposer proposer = new Proposer(analyzer);
		Assessment before = proposer.assess(network);
		Reviewed reviewed = new Reviewed(resource, network, diagram, analyzer, before.result(), proposer.propose(before),
				before.coreProblems().size());
		REVIEWED.put(String.valueOf(name), reviewed);
		return reviewed;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void checkTextShowsEveryNameOnItsOwnLineWithNothingHidden(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		StringWriter text = new StringWriter();
		new FindingsText(new PrintWriter(text)).print(MODEL, r.network(), r.result(), Severity.ERROR);
		assertText(text.toString(), name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void proposalsTextShowsEveryNameOnItsOwnLineWithNothingHidden(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		StringWriter text = new StringWriter();
		new ProposalsText(new PrintWriter(text)).print(MODEL, r.problems(), r.proposals(), ElementIds.of(r.network()));
		assertFalse(r.proposals().isEmpty(), "the renamed example still needs proposals");
		assertText(text.toString(), name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void jsonParsesStrictlyAndKeepsTheNameExactly(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		JsonNode findings = strictJson(FindingsJson.of(MODEL, r.network(), r.result()));
		JsonNode device = findings.get("findings").get(0).get("elements").get(0);
		assertEquals("dev-cam-lobby-02", device.get("id").asText());
		assertEquals(name, device.get("name").isNull() ? null : device.get("name").asText());
		strictJson(ProposalsJson.of(MODEL, r.network().getId(), r.problems(), r.proposals()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void sarifParsesStrictlyWithAndWithoutAProposal(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		JsonNode log = strictJson(FindingsSarif.of(MODEL, r.result()));
		JsonNode logical = log.get("runs").get(0).get("results").get(0).get("locations").get(0).get("logicalLocations").get(0);
		assertEquals(name == null || name.isBlank() ? "dev-cam-lobby-02" : name, logical.get("name").asText());
		strictJson(FindingsSarif.of(MODEL, r.result(), r.proposals().get(0)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void htmlReportHasNoMarkupFromNamesAndItsDrawingsParseAsXml(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		String html = HtmlReport.of("Network review", r.resource().getContents(), r.result(), r.proposals(), r.proposals().get(0), r.analyzer());
		assertFalse(html.toLowerCase().contains("<script"), "markup in a name is escaped");
		assertTrue(OddNames.allVisible(html), "no control or bidi character is hidden in the page");
		Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
		int drawings = 0;
		while (svg.find()) {
			xml(svg.group());
			drawings++;
		}
		assertTrue(drawings >= 3, "the diagram and before/after drawings are there: " + drawings);
		assertUnnamedShownById(html, name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void svgParsesAsXmlWithTheNameAsText(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		String svg = DiagramSvg.render(r.diagram(), r.result().restrictedIds(), PathPalette.colours(r.result().corePathNumbers()));
		Document document = xml(svg);
		assertEquals(0, document.getElementsByTagName("script").getLength(), "no element comes from a name");
		assertTrue(OddNames.allVisible(svg));
		if (OddNames.MARKUP.equals(name)) {
			assertTrue(document.getDocumentElement().getTextContent().contains("<script>alert(1)</script>"), "the name is text");
		}
		assertUnnamedShownById(svg, name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void pngIsDrawn(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		byte[] png = DiagramPng.render(r.diagram(), r.result().restrictedIds(), PathPalette.colours(r.result().corePathNumbers()));
		assertNotNull(ImageIO.read(new ByteArrayInputStream(png)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.report.OddNames#all")
	void dotIsQuotedSoGraphvizReadsIt(String label, String name) throws Exception {
		Reviewed r = reviewed(name);
		assumeTrue(DiagramLayout.renderSvg("digraph { a }").startsWith("<svg"), "graphviz dot is installed");
		Finding path = r.result().findings().stream().filter(f -> !f.path().isEmpty()).findFirst().orElseThrow();
		for (String dot : List.of(DiagramLayout.dotOf(r.diagram()), PathGraph.dot(path.path()))) {
			assertTrue(OddNames.allVisible(dot));
			String svg = DiagramLayout.renderSvg(dot);
			assertTrue(svg.startsWith("<svg"), "dot read the graph: " + SafeText.cut(svg, 200));
			xml(svg);
		}
	}

	private static void assertText(String text, String name) {
		assertTrue(OddNames.allVisible(text), "no control or bidi character is hidden in the text");
		assertFalse(text.lines().anyMatch(line -> line.startsWith(OddNames.FORGED)), "no line is forged by a name");
		assertUnnamedShownById(text, name);
	}

	private static void assertUnnamedShownById(String text, String name) {
		if (name == null || name.isEmpty()) {
			assertTrue(text.contains("device (dev-cam-lobby-02)"), "an unnamed device is shown by its id");
			assertFalse(text.contains("null"), "no 'null' stands for a missing name");
		}
	}

	private static JsonNode strictJson(String json) throws IOException {
		return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
	}

	private static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
