package io.github.netreview.model.io;

/** Where the first non-blank character of a chunk of text is, given where the parser says the chunk ends. */
record TextPosition(int line, int column) {

	/** The line and column (0 when unknown) of {@code chunk}'s first non-blank character. */
	static TextPosition of(String chunk, int endLine, int endColumn) {
		int first = 0;
		while (first < chunk.length() && Character.isWhitespace(chunk.charAt(first))) {
			first++;
		}
		int newlinesAfter = (int) chunk.substring(first).chars().filter(c -> c == '\n').count();
		int lineStart = chunk.lastIndexOf('\n', first);
		if (lineStart >= 0) {
			return new TextPosition(endLine - newlinesAfter, first - lineStart);
		}
		return new TextPosition(endLine - newlinesAfter, newlinesAfter == 0 ? endColumn - (chunk.length() - first) : 0);
	}
}
