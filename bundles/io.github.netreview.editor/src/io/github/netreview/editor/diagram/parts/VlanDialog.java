package io.github.netreview.editor.diagram.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

import io.github.netreview.editor.diagram.commands.VlanQuestion;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;

/** Asks in a list which VLAN a switch's new access port carries, offering "no VLAN" too; Cancel leaves it unassigned. */
final class VlanDialog implements VlanQuestion {

	/** The list's entry for leaving the port without a VLAN. */
	static final String NONE = "No VLAN: set it later in Properties";

	private final Supplier<Shell> shell;

	VlanDialog(Supplier<Shell> shell) {
		this.shell = shell;
	}

	@Override
	public Integer ask(Device sw, Device other, List<Segment> choices) {
		List<Object> entries = new ArrayList<>(choices);
		entries.add(NONE);
		ListDialog dialog = new ListDialog(shell.get());
		dialog.setTitle("VLAN of the new port");
		dialog.setMessage("Nothing tells which VLAN " + other.getName() + " belongs in" + (other.getZone() == null ? " (it has no zone)" : "")
				+ ". Which VLAN does " + sw.getName() + "'s new access port carry?");
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Segment segment ? label(segment) : String.valueOf(element);
			}
		});
		dialog.setInput(entries);
		dialog.setInitialElementSelections(List.of(entries.get(0)));
		if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
			return null;
		}
		return dialog.getResult()[0] instanceof Segment segment ? segment.getVlanId() : null;
	}

	private static String label(Segment segment) {
		return "VLAN " + segment.getVlanId() + " - " + segment.getName() + (segment.getZone() == null ? "" : " (zone " + segment.getZone().getName() + ")")
				+ (segment.getSite() == null ? "" : ", " + segment.getSite().getName());
	}
}
