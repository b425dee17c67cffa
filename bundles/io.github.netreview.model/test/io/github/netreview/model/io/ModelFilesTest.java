package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

class ModelFilesTest {

	@TempDir
	Path dir;

	@Test
	void roundTripKeepsEverythingIncludingTheDiagram() throws IOException {
		Path file = dir.resolve("small.netreview");
		Resource original = TestModels.withDiagram(TestModels.small(), file);
		ModelFiles.save(original, file);
		Resource loaded = ModelFiles.load(file);
		assertEquals(2, loaded.getContents().size());
		assertTrue(EcoreUtil.equals(original.getContents(), loaded.getContents()));
		Diagram diagram = assertInstanceOf(Diagram.class, loaded.getContents().get(1));
		assertTrue(diagram.getNetwork() == loaded.getContents().get(0), "the diagram refers to the loaded network");
	}

	@Test
	void referencesAreWrittenAsStableIdsNotPositions() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("small.netreview"));
		String xml = Files.readString(file);
		assertTrue(xml.contains("zone=\"zone-cctv\""), xml);
		assertTrue(xml.contains("endA=\"dev-cam.eth0\""), xml);
		assertFalse(xml.contains("//@"), "no positional references");
		assertFalse(xml.contains("xmi:id"), "ids are the model's own attribute");
	}

	@Test
	void aZoneNobodyGaveAKindStaysWithoutOneAndAGivenCoreIsWritten() throws IOException {
		Network network = TestModels.small();
		Zone unknown = TopologyFactory.eINSTANCE.createZone();
		unknown.setId("zone-unknown");
		unknown.setName("Building A");
		network.getZones().add(unknown);
		network.getZones().get(0).setKind(ZoneKind.CORE);
		Path file = dir.resolve("kinds.netreview");
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		ModelFiles.save(resource, file);
		String xml = Files.readString(file);
		assertTrue(xml.contains("<zones id=\"zone-unknown\" name=\"Building A\"/>"), xml);
		assertTrue(xml.contains("kind=\"CORE\""), xml);
		Network loaded = ModelFiles.loadNetwork(file);
		assertFalse(loaded.getZones().stream().filter(z -> z.getId().equals("zone-unknown")).findFirst().orElseThrow().isSetKind());
		assertTrue(loaded.getZones().get(0).isSetKind());
	}

	@Test
	void savingTwiceGivesTheSameBytes() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("small.netreview"));
		byte[] first = Files.readAllBytes(file);
		Resource loaded = ModelFiles.load(file);
		ModelFiles.save(loaded, file);
		assertArrayEquals(first, Files.readAllBytes(file));
	}

	@Test
	void notXml() throws IOException {
		ModelLoadException error = loadBroken("just some text\n", "broken.netreview");
		assertEquals(1, error.line());
		assertTrue(error.problem().contains("not a well-formed"), error.getMessage());
	}

	@Test
	void truncatedFileNamesTheLineWhereItEnds() throws IOException {
		String xml = smallXml();
		String truncated = xml.substring(0, xml.indexOf("<devices"));
		ModelLoadException error = loadBroken(truncated, "truncated.netreview");
		assertEquals(truncated.split("\n", -1).length, error.line(), error.getMessage());
	}

	@Test
	void wrongNamespace() throws IOException {
		ModelLoadException error = loadBroken(smallXml().replace("https://netreview.github.io/2026/topology",
				"https://example.org/other"), "namespace.netreview");
		assertTrue(error.problem().contains("unknown namespace 'https://example.org/other'"), error.getMessage());
		assertTrue(error.line() >= 1, error.getMessage());
	}

	@Test
	void unknownClass() throws IOException {
		String xml = smallXml().replace("xmlns:xmi=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xmi=")
				.replace("<sites ", "<sites xsi:type=\"topology:Campus\" ");
		ModelLoadException error = loadBroken(xml, "class.netreview");
		assertTrue(error.problem().contains("Campus"), error.getMessage());
		assertEquals(lineOf(xml, "topology:Campus"), error.line(), error.getMessage());
	}

	@Test
	void unknownAttribute() throws IOException {
		String xml = smallXml().replace("<sites ", "<sites colour=\"red\" ");
		ModelLoadException error = loadBroken(xml, "feature.netreview");
		assertTrue(error.problem().contains("colour"), error.getMessage());
		assertEquals(lineOf(xml, "colour=\"red\""), error.line());
	}

	@Test
	void danglingReference() throws IOException {
		String xml = smallXml().replace("zone=\"zone-cctv\"", "zone=\"zone-missing\"");
		ModelLoadException error = loadBroken(xml, "dangling.netreview");
		assertTrue(error.problem().contains("zone-missing"), error.getMessage());
		assertEquals(lineOf(xml, "zone-missing"), error.line(), error.getMessage());
	}

	@Test
	void referenceWrittenAsAUriIsNeitherFollowedNorIgnored() throws IOException {
		try (ServerSocket listener = new ServerSocket(0)) {
			listener.setSoTimeout(300);
			String uri = "http://127.0.0.1:" + listener.getLocalPort() + "/other.netreview#zone-x";
			String xml = smallXml().replace("zone=\"zone-cctv\"", "zone=\"" + uri + "\"");
			ModelLoadException error = loadBroken(xml, "uri.netreview");
			assertTrue(error.problem().contains(uri) && error.problem().contains("names no element in this file"), error.getMessage());
			assertEquals(lineOf(xml, uri), error.line(), error.getMessage());
			assertThrows(SocketTimeoutException.class, listener::accept, "loading must not fetch other resources");
		}
	}

	@Test
	void invalidEnumValue() throws IOException {
		String xml = smallXml().replace("role=\"CAMERA\"", "role=\"TELESCOPE\"");
		ModelLoadException error = loadBroken(xml, "enum.netreview");
		assertTrue(error.problem().contains("TELESCOPE") && error.problem().contains("role"), error.getMessage());
		assertEquals(lineOf(xml, "TELESCOPE"), error.line(), error.getMessage());
	}

	@Test
	void fileOfAnotherKind() throws IOException {
		String catalog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<topology:Catalog xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:topology=\"https://netreview.github.io/2026/topology\" id=\"c\"/>\n";
		assertTrue(loadBroken(catalog, "catalog.netreview").problem().contains("holds a Catalog where a network was expected"));
	}

	@Test
	void missingAndEmptyFiles() throws IOException {
		Path missing = dir.resolve("missing.netreview");
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(missing));
		assertTrue(error.getMessage().startsWith(missing.toString()) && error.getMessage().contains("no such file"));
		assertTrue(loadBroken("", "empty.netreview").problem().contains("empty"));
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		try (ServerSocket listener = new ServerSocket(0)) {
			listener.setSoTimeout(300);
			String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Network SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/a.dtd\" [\n"
					+ "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
					+ "  <!ENTITY remote SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/x\">\n]>\n"
					+ smallXml().substring(smallXml().indexOf("<xmi:XMI")).replace("name=\"Small\"", "name=\"&secret;&remote;\"");
			ModelLoadException error = loadBroken(xml, "xxe.netreview");
			assertTrue(error.problem().contains("DOCTYPE"), error.getMessage());
			assertEquals(2, error.line(), error.getMessage());
			assertFalse(error.getMessage().contains("TOP-SECRET"));
			assertThrows(SocketTimeoutException.class, listener::accept, "the parser must not connect anywhere");
		}
	}

	@Test
	void validFileWithEntityExpansionIsAlsoRefused() throws IOException {
		String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
				+ smallXml().substring(smallXml().indexOf("<xmi:XMI")).replace("name=\"Small\"", "name=\"&lol2;\"");
		assertTrue(loadBroken(bomb, "bomb.netreview").problem().contains("DOCTYPE"));
	}

	/** Writes {@code content}, expects loading to fail, and checks the message names the file and the file is untouched. */
	private ModelLoadException loadBroken(String content, String name) throws IOException {
		Path file = Files.writeString(dir.resolve(name), content);
		byte[] before = Files.readAllBytes(file);
		List<Path> listingBefore;
		try (var files = Files.list(dir)) {
			listingBefore = files.sorted().toList();
		}
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
		assertEquals(file, error.file());
		assertArrayEquals(before, Files.readAllBytes(file), "loading must not change the file");
		try (var files = Files.list(dir)) {
			assertEquals(listingBefore, files.sorted().toList(), "loading must not create files");
		}
		return error;
	}

	private String smallXml() throws IOException {
		Path file = dir.resolve("reference.netreview");
		if (!Files.exists(file)) {
			TestModels.writeSmall(file);
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static int lineOf(String xml, String fragment) {
		int index = xml.indexOf(fragment);
		return xml.substring(0, index).split("\n", -1).length;
	}

	@Test
	void loadedNetworkIsTheFirstRoot() throws IOException {
		Network network = ModelFiles.loadNetwork(TestModels.writeSmall(dir.resolve("small.netreview")));
		Device camera = network.getDevices().stream().filter(d -> "cam-1".equals(d.getName())).findFirst().orElseThrow();
		assertEquals("zone-cctv", camera.getZone().getId());
	}
}
