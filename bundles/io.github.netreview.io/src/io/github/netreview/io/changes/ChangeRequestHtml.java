package io.github.netreview.io.changes;

import java.util.List;

import io.github.netreview.model.SafeText;

/**
 * A change request as one self-contained HTML page (no script, no outside resource): the header, the verification,
 * each device's IOS block in a {@code pre} that copies as it is pasted, and the tables; all model text escaped.
 */
public final class ChangeRequestHtml {

	private static final String STYLE = "body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em;color:#222}"
			+ "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
			+ "th{background:#f3f5f7}pre{background:#f7f7f7;border:1px solid #ddd;padding:8px;overflow:auto}"
			+ ".comment{color:#6a737d}.infeasible{color:#c00;font-weight:bold}";

	private final StringBuilder html = new StringBuilder();

	private ChangeRequestHtml() {
	}

	public static String of(ChangeRequest request) {
		return new ChangeRequestHtml().render(request);
	}

	private String render(ChangeRequest request) {
		String title = Wording.title(request);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(title)).append("</title>\n<style>")
				.append(STYLE).append("</style></head><body>\n<h1>").append(e(title)).append("</h1>\n<table>\n");
		for (List<String> row : Wording.header(request)) {
			boolean flagged = row.get(0).equals("Status") && !request.feasible();
			html.append("<tr><th>").append(e(row.get(0))).append("</th><td").append(flagged ? " class=\"infeasible\"" : "").append('>')
					.append(e(row.get(1))).append("</td></tr>\n");
		}
		html.append("</table>\n<h2>").append(e(Wording.VERIFICATION)).append("</h2>\n<ul>\n");
		for (ChangeRequest.Fact fact : request.verification()) {
			html.append("<li>").append(e(fact.label())).append(": ").append(e(Wording.items(fact))).append("</li>\n");
		}
		html.append("</ul>\n");
		devices(Wording.CONFIGURATION, request.configuration());
		table(Wording.CHANGES, request.changes());
		devices(Wording.ROLLBACK, request.rollback());
		table(Wording.ROLLBACK_CHANGES, request.rollbackChanges());
		return html.append("</body></html>\n").toString();
	}

	private void devices(String title, List<DeviceConfig> devices) {
		html.append("<h2>").append(e(title)).append("</h2>\n");
		if (devices.isEmpty()) {
			html.append("<p>Nothing to enter.</p>\n");
		}
		for (DeviceConfig device : devices) {
			html.append("<h3>").append(e(Wording.heading(device))).append("</h3>\n<pre>");
			for (ConfigLine line : device.lines()) {
				html.append(line.comment() ? "<span class=\"comment\">" + e(line.text()) + "</span>" : e(line.text())).append('\n');
			}
			html.append("</pre>\n");
		}
	}

	private void table(String title, List<ChangeRow> rows) {
		html.append("<h2>").append(e(title)).append("</h2>\n<table><tr>");
		Wording.COLUMNS.forEach(column -> html.append("<th>").append(e(column)).append("</th>"));
		html.append("</tr>\n");
		for (ChangeRow row : rows) {
			html.append("<tr>");
			Wording.cells(row).forEach(cell -> html.append("<td>").append(e(SafeText.cut(cell, Wording.CELL))).append("</td>"));
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static String e(String text) {
		return SafeText.markup(text);
	}
}
