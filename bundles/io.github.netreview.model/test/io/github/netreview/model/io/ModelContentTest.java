package io.github.netreview.model.io;

import static io.github.netreview.model.io.BrokenFiles.lineOf;
import static io.github.netreview.model.io.BrokenFiles.smallXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelFiles#load(Path, byte[])}: a model's content from elsewhere (a version from git history) loads as the
 * file would, with the same refusals, naming the path it was given, and reads nothing from disk.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ModelContentTest {

	@TempDir
	Path dir;

	/** A name for the content that is no file on disk: whatever is reported comes from the bytes. */
	private Path label() {
		return dir.resolve("history").resolve("small.netreview@HEAD~1");
	}

	@Test
	void contentLoadsAsTheFileDoes() throws IOException {
		String xml = smallXml(dir);
		Resource fromFile = ModelFiles.load(Files.writeString(dir.resolve("small.netreview"), xml));
		Resource fromContent = ModelFiles.load(label(), xml.getBytes(StandardCharsets.UTF_8));
		assertTrue(EcoreUtil.equals(fromFile.getContents(), fromContent.getContents()));
		assertFalse(Files.exists(label().getParent()), "nothing is written");
	}

	@Test
	void aReferenceWrittenAsAUriIsRefusedUnfetched() throws IOException {
		try (ServerSocket listener = new ServerSocket(0)) {
			listener.setSoTimeout(300);
			String uri = "http://127.0.0.1:" + listener.getLocalPort() + "/other.netreview#zone-x";
			String xml = smallXml(dir).replace("zone=\"zone-cctv\"", "zone=\"" + uri + "\"");
			ModelLoadException error = refused(xml.getBytes(StandardCharsets.UTF_8));
			assertTrue(error.problem().contains("names no element in this file"), error.getMessage());
			assertEquals(lineOf(xml, uri), error.line());
			assertThrows(SocketTimeoutException.class, listener::accept, "loading must not fetch other resources");
		}
	}

	@Test
	void aDoctypeIsRefused() throws IOException {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n"
				+ smallXml(dir).substring(smallXml(dir).indexOf("<xmi:XMI"));
		assertTrue(refused(xml.getBytes(StandardCharsets.UTF_8)).problem().contains("DOCTYPE"));
	}

	@Test
	void badBytesAreFoundInTheContentNotOnDisk() throws IOException {
		String xml = smallXml(dir).replace("name=\"Core\"", "name=\"C\u00e9ur\"");
		ModelLoadException error = refused(xml.getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(lineOf(xml, "C\u00e9ur"), error.line(), error.getMessage());
		assertTrue(error.problem().startsWith("byte 0xE9 at line " + error.line()), error.getMessage());
	}

	@Test
	void emptyContentIsRefused() {
		assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.load(label(), new byte[0])).problem().contains("empty"));
	}

	private ModelLoadException refused(byte[] content) {
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFiles.load(label(), content));
		assertTrue(error.getMessage().startsWith(label() + ":"), error.getMessage());
		assertEquals(label(), error.file());
		return error;
	}
}
