package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.topology.Network;

class XmlCharactersTest {

	@TempDir
	Path dir;

	@Test
	void aNulInANameIsRefusedBeforeSavingWithTheFileAndElement() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("small.netreview"));
		byte[] before = Files.readAllBytes(file);
		Resource resource = ModelFiles.load(file);
		((Network) resource.getContents().get(0)).getDevices().get(1).setName("cam\u0000era");
		IOException error = assertThrows(IOException.class, () -> ModelFiles.save(resource, file));
		assertEquals(file + ": cannot save the name of device 'dev-cam': it holds U+0000, which a model file cannot store",
				error.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void tellsWritableTextFromUnwritable() {
		assertEquals(-1, XmlCharacters.firstUnwritable("tab\tnew line\n emoji \uD83D\uDCF7 bidi \u202E"));
		assertEquals(0x1, XmlCharacters.firstUnwritable("a\u0001"));
		assertEquals(0xD83D, XmlCharacters.firstUnwritable("half \uD83D"));
		assertEquals(0xDCF7, XmlCharacters.firstUnwritable("\uDCF7 half"));
		assertTrue(XmlCharacters.firstUnwritable("\uFFFF") > 0);
	}
}
