package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that could not be loaded; the message is one line that names the file and, where known, the line and
 * column.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	public ModelLoadException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = Excerpt.of(problem, 400);
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder text = new StringBuilder(Excerpt.of(String.valueOf(file), 4096));
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(Excerpt.of(problem, 400)).toString();
	}

	public Path file() {
		return file;
	}

	/** The 1-based line of the problem, or 0 when it is not about one place in the file. */
	public int line() {
		return line;
	}

	/** The 1-based column of the problem, or 0 when unknown. */
	public int column() {
		return column;
	}

	/** What is wrong, without the file and position. */
	public String problem() {
		return problem;
	}
}
