package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the first byte of a file that is not UTF-8, to say where a file in another encoding goes wrong. */
final class Utf8Check {

	/** A byte that starts no valid UTF-8 sequence, with its 1-based line and column (in bytes). */
	record BadByte(int value, int line, int column) {

		String describe() {
			return String.format("byte 0x%02X at line %d is not UTF-8 (a model file is UTF-8)", value, line);
		}
	}

	private Utf8Check() {
	}

	/** The first bad byte of {@code file}, or null when the whole file is UTF-8 (or cannot be read). */
	static BadByte firstBadByte(Path file) {
		try {
			return firstBadByte(Files.readAllBytes(file));
		} catch (IOException | OutOfMemoryError e) {
			return null;
		}
	}

	static BadByte firstBadByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return at(bytes, in.position());
			}
			if (!result.isOverflow()) {
				return null;
			}
			out.clear();
		}
	}

	private static BadByte at(byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new BadByte(bytes[offset] & 0xFF, line, offset - lineStart + 1);
	}
}
