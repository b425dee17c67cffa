package io.github.netreview.interchange.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 input with or without a byte order mark is read; anything else is refused naming the line and the byte. */
class Utf8FilesTest {

	@TempDir
	Path dir;

	@Test
	void dropsALeadingByteOrderMarkOnly() throws IOException, Utf8Files.Unreadable {
		Path file = Files.writeString(dir.resolve("a.csv"), "\uFEFFkind\uFEFF,é\n");
		assertEquals("kind\uFEFF,é\n", Utf8Files.read(file));
	}

	@Test
	void namesTheLineAndTheByteThatIsNotUtf8() throws IOException {
		Path file = Files.write(dir.resolve("a.csv"), new byte[] { 'a', '\n', 'b', '\n', 'c', (byte) 0xE9, 'd' });
		Utf8Files.Unreadable e = assertThrows(Utf8Files.Unreadable.class, () -> Utf8Files.read(file));
		assertEquals(file + ":3: not UTF-8 text (byte 0xE9 is not UTF-8; the file may be in Latin-1 or Windows-1252): save it as UTF-8",
				e.getMessage());
	}

	@Test
	void aSequenceCutAtTheEndIsNotUtf8Either() throws IOException {
		Path file = Files.write(dir.resolve("a.csv"), new byte[] { 'a', (byte) 0xE2, (byte) 0x82 });
		Utf8Files.Unreadable e = assertThrows(Utf8Files.Unreadable.class, () -> Utf8Files.read(file));
		assertEquals(file + ":1: not UTF-8 text (byte 0xE2 is not UTF-8; the file may be in Latin-1 or Windows-1252): save it as UTF-8",
				e.getMessage());
	}

	@Test
	void aMissingFileOrADirectoryIsSaidSo() {
		assertEquals(dir.resolve("none.csv") + ": no such file",
				assertThrows(Utf8Files.Unreadable.class, () -> Utf8Files.read(dir.resolve("none.csv"))).getMessage());
		assertEquals(dir + ": cannot be read (a directory)", assertThrows(Utf8Files.Unreadable.class, () -> Utf8Files.read(dir)).getMessage());
	}
}
