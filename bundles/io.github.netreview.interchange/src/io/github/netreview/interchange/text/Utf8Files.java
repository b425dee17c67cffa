package io.github.netreview.interchange.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an input file as UTF-8 text (a leading byte order mark dropped); anything else is refused naming the file, line and byte. */
public final class Utf8Files {

	/** An input file that cannot be read as UTF-8 text, with one line saying where and why. */
	public static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private Utf8Files() {
	}

	/** The text of {@code file}. */
	public static String read(Path file) throws Unreadable {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new Unreadable(file + ": no such file");
		} catch (AccessDeniedException e) {
			throw new Unreadable(file + ": cannot be read (permission denied)");
		} catch (IOException e) {
			throw new Unreadable(file + ": cannot be read" + (Files.isDirectory(file) ? " (a directory)" : ""));
		}
		String text = decode(file, bytes);
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	private static String decode(Path file, byte[] bytes) throws Unreadable {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw notUtf8(file, bytes, in.position());
		}
		return out.flip().toString();
	}

	private static Unreadable notUtf8(Path file, byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			line += bytes[i] == '\n' ? 1 : 0;
		}
		String bad = offset < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[offset] & 0xFF) : "the last bytes";
		return new Unreadable(file + ":" + line + ": not UTF-8 text (" + bad
				+ " is not UTF-8; the file may be in Latin-1 or Windows-1252): save it as UTF-8");
	}
}
