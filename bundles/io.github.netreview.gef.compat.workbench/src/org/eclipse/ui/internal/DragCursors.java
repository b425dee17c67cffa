package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's drag-cursor table that GEF 3.2's flyout palette asks for while it is dragged to another side; the
 * workbench removed it. This copy answers with the platform's resize cursors, which need no disposal.
 */
public final class DragCursors {

	public static final int INVALID = 0;
	public static final int LEFT = 1;
	public static final int RIGHT = 2;
	public static final int TOP = 3;
	public static final int BOTTOM = 4;
	public static final int CENTER = 5;
	public static final int OFFSCREEN = 6;
	public static final int FASTVIEW = 7;

	private DragCursors() {
	}

	public static Cursor getCursor(int which) {
		return Display.getCurrent().getSystemCursor(systemCursorFor(which));
	}

	private static int systemCursorFor(int which) {
		return switch (which) {
		case LEFT -> SWT.CURSOR_SIZEW;
		case RIGHT -> SWT.CURSOR_SIZEE;
		case TOP -> SWT.CURSOR_SIZEN;
		case BOTTOM -> SWT.CURSOR_SIZES;
		case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
		default -> SWT.CURSOR_NO;
		};
	}

	public static void dispose() {
		// System cursors belong to the display.
	}
}
