package io.github.netreview.model.io;

import static io.github.netreview.model.io.BrokenFiles.lineOf;
import static io.github.netreview.model.io.BrokenFiles.refused;
import static io.github.netreview.model.io.BrokenFiles.smallXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NetReviewHandlerTest {

	@TempDir
	Path dir;

	@Test
	void aNamespaceThatIsAUrlIsRefusedWithoutConnecting() throws Exception {
		try (SilentServer server = new SilentServer()) {
			String namespace = server.url("x.ecore");
			String xml = smallXml(dir).replace(NotationPackage.eNS_URI, namespace);
			ModelLoadException error = refused(dir, "url-namespace.netreview", xml);
			assertTrue(error.problem().contains("unknown namespace '" + namespace + "'"), error.getMessage());
			assertEquals(lineOf(xml, "<notation:Diagram"), error.line(), error.getMessage());
			assertTrue(error.column() > 0, error.getMessage());
			assertEquals(0, server.connections(), "loading must not connect to a namespace's URL");
		}
	}

	@Test
	void theTopologyNamespaceOrAnElementTypeNamingAServerConnectsNowhere() throws Exception {
		try (SilentServer server = new SilentServer()) {
			String other = smallXml(dir).replace(TopologyPackage.eNS_URI, server.url("topology.ecore"));
			assertTrue(refused(dir, "topology.netreview", other).problem().contains(server.url("topology.ecore")));
			String typed = smallXml(dir)
					.replace("xmlns:xmi=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:remote=\""
							+ server.url("remote.ecore") + "\" xsi:schemaLocation=\"" + TopologyPackage.eNS_URI + " "
							+ server.url("schema.ecore") + "\" xmlns:xmi=")
					.replace("<sites ", "<sites xsi:type=\"remote:Campus\" ");
			ModelLoadException error = refused(dir, "typed.netreview", typed);
			assertTrue(error.problem().contains(server.url("remote.ecore")), error.getMessage());
			assertEquals(lineOf(typed, "remote:Campus"), error.line(), error.getMessage());
			assertEquals(0, server.connections(), "loading must not connect anywhere");
		}
	}

	@Test
	void aNamespaceThatIsAPipeIsNeverOpened() throws Exception {
		try (Fifo fifo = new Fifo(dir.resolve("namespace.fifo"))) {
			String namespace = URI.createFileURI(fifo.path().toString()).toString();
			ModelLoadException error = refused(dir, "fifo.netreview", smallXml(dir).replace(NotationPackage.eNS_URI, namespace));
			assertTrue(error.problem().contains(namespace), error.getMessage());
			assertFalse(fifo.wasOpened(), "loading must not open a file named by a namespace");
		}
	}

	@Test
	void aLongNamespaceIsCutInTheMessageAndAHugeOneRefused() throws IOException {
		String namespace = "https://example.org/" + "x".repeat(900);
		ModelLoadException error = refused(dir, "long.netreview", smallXml(dir).replace(NotationPackage.eNS_URI, namespace));
		assertTrue(error.problem().contains("'https://example.org/xxx") && error.problem().contains("x...'"), error.getMessage());
		assertTrue(error.getMessage().length() < 400, error.getMessage());
		String huge = "https://example.org/" + "x".repeat(100_000);
		error = refused(dir, "huge.netreview", smallXml(dir).replace(NotationPackage.eNS_URI, huge));
		assertTrue(error.problem().contains("longer than a model file allows"), error.getMessage());
		assertFalse(error.getMessage().contains("FEATURE_SECURE_PROCESSING") || error.getMessage().contains("JAXP"));
	}

	@Test
	void textInsideAnElementIsRefused() throws IOException {
		String xml = smallXml(dir).replaceFirst("(<devices [^>]*[^/])>", "$1>hello");
		ModelLoadException error = refused(dir, "text.netreview", xml);
		assertTrue(error.problem().startsWith("text 'hello' inside <devices>"), error.getMessage());
		assertEquals(lineOf(xml, ">hello"), error.line(), error.getMessage());
	}

	@Test
	void aSecondNetworkIsRefusedWhileFurtherDiagramsAreFine() throws IOException {
		String xml = smallXml(dir);
		int start = xml.indexOf("<topology:Network");
		int end = xml.indexOf("</topology:Network>") + "</topology:Network>".length();
		String second = xml.substring(start, end).replaceAll("id=\"", "id=\"other-").replaceAll("(zone|site|endA|endB)=\"", "$1=\"other-");
		String twice = xml.substring(0, end) + "\n  " + second + xml.substring(end);
		ModelLoadException error = refused(dir, "two.netreview", twice);
		int secondLine = lineOf(twice, "<topology:Network id=\"other-");
		assertEquals("a file holds one network; a second one starts at line " + secondLine, error.problem());
		assertEquals(secondLine, error.line());
		int diagramStart = xml.indexOf("<notation:Diagram");
		String diagrams = xml.substring(0, diagramStart) + xml.substring(diagramStart, xml.indexOf("</notation:Diagram>") + 19)
				.replace("id=\"diagram-1\"", "id=\"diagram-2\"").replaceAll("id=\"(node|edge)-", "id=\"second-$1-") + "\n  "
				+ xml.substring(diagramStart);
		assertEquals(3, ModelFiles.load(Files.writeString(dir.resolve("diagrams.netreview"), diagrams)).getContents().size());
	}

	@Test
	void aReferenceToAnElementOfTheWrongTypeNamesItByIdAndType() throws IOException {
		String xml = smallXml(dir).replace("endA=\"dev-cam.eth0\"", "endA=\"dev-cam\"");
		ModelLoadException error = refused(dir, "wrong-type.netreview", xml);
		assertEquals("endA 'dev-cam' is a device, not an interface", error.problem(), error.getMessage());
		assertEquals(lineOf(xml, "endA=\"dev-cam\""), error.line());
	}

	@Test
	void nestingBeyondNetReviewsLimitIsRefusedWithItsOwnMessage() throws IOException {
		String xml = smallXml(dir);
		StringBuilder deep = new StringBuilder();
		for (int level = 0; level < 300; level++) {
			deep.append("<children id=\"deep-").append(level).append("\">");
		}
		deep.append("</children>".repeat(300));
		int node = xml.indexOf("<children ");
		int close = xml.indexOf("/>", node);
		String nested = xml.substring(0, close) + ">" + deep + "</children>" + xml.substring(close + 2);
		ModelLoadException error = refused(dir, "deep.netreview", nested);
		assertEquals("elements are nested more than 64 levels deep", error.problem());
		assertEquals(lineOf(nested, "deep-0"), error.line());
		assertFalse(error.getMessage().contains("jdk.xml"), error.getMessage());
	}
}
