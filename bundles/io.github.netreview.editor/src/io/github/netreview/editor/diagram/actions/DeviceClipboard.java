package io.github.netreview.editor.diagram.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.netreview.editor.diagram.commands.PasteCommand;
import io.github.netreview.editor.diagram.parts.ViewNodeEditPart;
import io.github.netreview.model.topology.Device;

/** The devices last copied or cut in a diagram editor, for Paste; tells its listeners when it changes. */
public final class DeviceClipboard {

	private List<PasteCommand.Copied> devices = List.of();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** The selected devices (not sites, zones or links) among {@code selected} edit parts, as they would be copied. */
	static List<PasteCommand.Copied> devicesIn(List<?> selected) {
		List<PasteCommand.Copied> copied = new ArrayList<>();
		for (Object part : selected) {
			if (part instanceof ViewNodeEditPart node && node.element() instanceof Device device) {
				copied.add(new PasteCommand.Copied(device, node.node()));
			}
		}
		return copied;
	}

	List<PasteCommand.Copied> devices() {
		return devices;
	}

	void set(List<PasteCommand.Copied> copied) {
		devices = List.copyOf(copied);
		listeners.forEach(Runnable::run);
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}
}
