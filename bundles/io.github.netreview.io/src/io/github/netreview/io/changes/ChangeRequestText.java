package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.SafeText;

/**
 * A change request as plain text: the header, the verification, each device's IOS block as it is pasted (its heading
 * an IOS comment), and the tables in aligned columns. Model text is shown visible on one line.
 */
public final class ChangeRequestText {

	private static final int COLUMN = 40;

	private final StringBuilder text = new StringBuilder();

	private ChangeRequestText() {
	}

	public static String of(ChangeRequest request) {
		return new ChangeRequestText().render(request);
	}

	/** Only what is entered on the devices: each device's IOS block, headed by a comment, a blank line between blocks. */
	public static String configuration(ChangeRequest request) {
		ChangeRequestText rendering = new ChangeRequestText();
		if (request.configuration().isEmpty()) {
			rendering.line("! nothing to enter on any device");
		}
		for (DeviceConfig device : request.configuration()) {
			rendering.text.append(rendering.text.isEmpty() ? "" : "\n");
			rendering.block(device);
		}
		return rendering.text.toString();
	}

	private String render(ChangeRequest request) {
		line(Wording.title(request));
		for (List<String> row : Wording.header(request)) {
			line(String.format("%-10s %s", row.get(0) + ":", row.get(1)));
		}
		section(Wording.VERIFICATION);
		request.verification().forEach(fact -> line("  " + fact.label() + ": " + Wording.items(fact)));
		devices(Wording.CONFIGURATION, request.configuration());
		table(Wording.CHANGES, request.changes());
		devices(Wording.ROLLBACK, request.rollback());
		table(Wording.ROLLBACK_CHANGES, request.rollbackChanges());
		return text.toString();
	}

	private void section(String title) {
		text.append('\n');
		line("== " + title);
	}

	private void devices(String title, List<DeviceConfig> devices) {
		section(title);
		if (devices.isEmpty()) {
			line("(nothing to enter)");
		}
		for (DeviceConfig device : devices) {
			text.append('\n');
			block(device);
		}
	}

	private void block(DeviceConfig device) {
		line("! ---- " + Wording.heading(device));
		device.lines().forEach(line -> line(line.text()));
	}

	private void table(String title, List<ChangeRow> rows) {
		section(title);
		List<List<String>> cells = new ArrayList<>();
		cells.add(Wording.COLUMNS);
		rows.forEach(row -> cells.add(Wording.cells(row).stream().map(cell -> SafeText.cut(SafeText.visible(cell), Wording.CELL)).toList()));
		int[] widths = new int[Wording.COLUMNS.size()];
		for (List<String> row : cells) {
			for (int c = 0; c < row.size(); c++) {
				widths[c] = Math.max(widths[c], Math.min(COLUMN, row.get(c).length()));
			}
		}
		for (List<String> row : cells) {
			StringBuilder out = new StringBuilder();
			for (int c = 0; c < row.size(); c++) {
				String cell = c == row.size() - 1 ? row.get(c) : String.format("%-" + widths[c] + "s  ", row.get(c));
				out.append(cell);
			}
			line(out.toString().stripTrailing());
		}
	}

	/** One line, with nothing in it able to start another. */
	private void line(String line) {
		text.append(SafeText.visible(line)).append('\n');
	}
}
