package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Keys pressed on the (virtual) keyboard as a user presses them: posted to the display, so the bindings see them. */
final class Keyboard {

	private Keyboard() {
	}

	/** Presses the character {@code key} with the modifier keys held. */
	static void press(char key, int... modifiers) throws InterruptedException {
		press(0, key, modifiers);
	}

	/** Presses the key with SWT code {@code keyCode} (SWT.DEL, SWT.F2, ...) with the modifier keys held. */
	static void pressKey(int keyCode, int... modifiers) throws InterruptedException {
		press(keyCode, (char) 0, modifiers);
	}

	/** Types {@code text} character by character. */
	static void type(String text) throws InterruptedException {
		Display display = Display.getCurrent();
		for (char c : text.toCharArray()) {
			post(display, SWT.KeyDown, 0, c);
			post(display, SWT.KeyUp, 0, c);
			settle(2);
		}
		settle(10);
	}

	private static void press(int keyCode, char key, int... modifiers) throws InterruptedException {
		Display display = Display.getCurrent();
		for (int modifier : modifiers) {
			post(display, SWT.KeyDown, modifier, (char) 0);
		}
		post(display, SWT.KeyDown, keyCode, key);
		post(display, SWT.KeyUp, keyCode, key);
		for (int modifier : modifiers) {
			post(display, SWT.KeyUp, modifier, (char) 0);
		}
		settle(25);
	}

	private static void settle(int rounds) throws InterruptedException {
		for (int i = 0; i < rounds; i++) {
			WorkbenchTest.flush();
			Thread.sleep(20);
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event), "the key event was posted");
	}
}
