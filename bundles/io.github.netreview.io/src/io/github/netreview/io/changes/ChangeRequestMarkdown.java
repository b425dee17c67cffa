package io.github.netreview.io.changes;

import java.util.List;

import io.github.netreview.model.SafeText;

/**
 * A change request as Markdown: the header as a table, the verification as a list, each device's IOS block in a
 * code fence no line of it can close, and the tables. Model text is escaped so that it renders as the text it is
 * (no markup, links or raw HTML of its own).
 */
public final class ChangeRequestMarkdown {

	private final StringBuilder text = new StringBuilder();

	private ChangeRequestMarkdown() {
	}

	public static String of(ChangeRequest request) {
		return new ChangeRequestMarkdown().render(request);
	}

	private String render(ChangeRequest request) {
		text.append("# ").append(escape(Wording.title(request))).append("\n\n| | |\n|---|---|\n");
		for (List<String> row : Wording.header(request)) {
			text.append("| **").append(escape(row.get(0))).append("** | ").append(escape(row.get(1))).append(" |\n");
		}
		heading(Wording.VERIFICATION);
		for (ChangeRequest.Fact fact : request.verification()) {
			text.append("- ").append(escape(fact.label())).append(": ").append(escape(Wording.items(fact))).append('\n');
		}
		devices(Wording.CONFIGURATION, request.configuration());
		table(Wording.CHANGES, request.changes());
		devices(Wording.ROLLBACK, request.rollback());
		table(Wording.ROLLBACK_CHANGES, request.rollbackChanges());
		return text.toString();
	}

	private void heading(String title) {
		text.append(text.toString().endsWith("\n\n") ? "" : "\n").append("## ").append(escape(title)).append("\n\n");
	}

	private void devices(String title, List<DeviceConfig> devices) {
		heading(title);
		if (devices.isEmpty()) {
			text.append("Nothing to enter.\n");
		}
		for (DeviceConfig device : devices) {
			text.append("### ").append(escape(Wording.heading(device))).append("\n\n");
			String fence = fence(device.lines());
			text.append(fence).append("text\n");
			device.lines().forEach(line -> text.append(SafeText.visible(line.text())).append('\n'));
			text.append(fence).append("\n\n");
		}
	}

	private void table(String title, List<ChangeRow> rows) {
		heading(title);
		text.append('|');
		Wording.COLUMNS.forEach(column -> text.append(' ').append(column).append(" |"));
		text.append("\n|").append("---|".repeat(Wording.COLUMNS.size())).append('\n');
		for (ChangeRow row : rows) {
			text.append('|');
			Wording.cells(row).forEach(cell -> text.append(' ').append(escape(SafeText.cut(cell, Wording.CELL))).append(" |"));
			text.append('\n');
		}
	}

	/** Three backticks, or one more than the longest run of backticks in the block. */
	static String fence(List<ConfigLine> lines) {
		int longest = 0;
		for (ConfigLine line : lines) {
			int run = 0;
			for (char c : line.text().toCharArray()) {
				run = c == '`' ? run + 1 : 0;
				longest = Math.max(longest, run);
			}
		}
		return "`".repeat(Math.max(3, longest + 1));
	}

	/**
	 * Text visible on one line, with what Markdown could read as markup inside a line escaped: emphasis, code, links,
	 * raw HTML and entities, table cells, headings' closing marks, and the starts of bare links.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : SafeText.visible(text).toCharArray()) {
			if ("\\`*_[]<>|&~#".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString().replace("://", ":\\/\\/").replace("www.", "www\\.");
	}
}
