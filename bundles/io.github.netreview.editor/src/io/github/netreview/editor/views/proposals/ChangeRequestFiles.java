package io.github.netreview.editor.views.proposals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import io.github.netreview.io.changes.ChangeRequest;
import io.github.netreview.io.changes.ChangeRequestHtml;
import io.github.netreview.io.changes.ChangeRequestMarkdown;
import io.github.netreview.model.io.ReplacedFile;

/** Writes a change request to a file: HTML when its name ends in .html or .htm, Markdown otherwise. */
public final class ChangeRequestFiles {

	private ChangeRequestFiles() {
	}

	static String render(ChangeRequest request, Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".html") || name.endsWith(".htm") ? ChangeRequestHtml.of(request) : ChangeRequestMarkdown.of(request);
	}

	/** Writes it whole or not at all: to a temporary file beside {@code file}, then moved over it. */
	static void write(ChangeRequest request, Path file) throws IOException {
		ReplacedFile.write(file, render(request, file).getBytes(StandardCharsets.UTF_8));
	}

	/** The name a save dialog suggests: "isolate-change-request.md". */
	static String suggestedName(ChangeRequest request) {
		return request.proposalId().replaceAll("[^A-Za-z0-9._-]", "_") + "-change-request.md";
	}
}
