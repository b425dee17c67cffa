package io.github.netreview.io.changes;

/**
 * One line of a device's configuration as it is pasted (visible, one line, IOS tokens already sanitised), and the
 * index of the proposal's edit it carries out, or {@value #STRUCTURE} for lines such as {@code interface} and {@code exit}.
 */
public record ConfigLine(String text, int edit) {

	public static final int STRUCTURE = -1;

	/** Whether the line is an IOS comment. */
	public boolean comment() {
		return text.stripLeading().startsWith("!");
	}
}
