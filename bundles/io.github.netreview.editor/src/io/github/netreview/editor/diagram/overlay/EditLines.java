package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.TopologyPackage;

/** A proposal's edits as a preview tooltip shows them: a short line each ("interface acc-sw-02 Gi1/0/30: accessVlan 30 -> 40"). */
public final class EditLines {

	/** The longest line; the Proposals view's change table has the whole of it. */
	static final int LONGEST = 90;
	/** The most lines one element's tooltip lists. */
	static final int MOST = 8;

	private EditLines() {
	}

	static String of(ModelEdit edit, ElementIds ids) {
		String line = switch (edit) {
		case SetValue set -> subject(set.element(), ids) + ": " + set.feature() + " " + value(set.oldValue(), ids) + " -> "
				+ value(set.newValue(), ids);
		case CreateElement create -> "add " + typeName(create.type()) + " " + (create.values().containsKey("name")
				? "'" + create.values().get("name") + "'" : create.id());
		case DeleteElement delete -> "remove " + subject(delete.element(), ids);
		};
		return SafeText.cut(SafeText.visible(line), LONGEST - 3);
	}

	/** At most {@value #MOST} lines: the first ones, and how many more {@code view} lists ("the Proposals view"). */
	static List<String> capped(List<String> lines, String view) {
		if (lines.size() <= MOST) {
			return List.copyOf(lines);
		}
		List<String> capped = new ArrayList<>(lines.subList(0, MOST - 1));
		capped.add("and " + (lines.size() - MOST + 1) + " more: " + view + " lists every change");
		return List.copyOf(capped);
	}

	/** "interface acc-sw-02 Gi1/0/30", "firewall rule Deny cam", or "link (link-7)" for an unnamed link. */
	private static String subject(String id, ElementIds ids) {
		if (!ids.contains(id)) {
			return id;
		}
		EObject element = ids.get(id);
		boolean named = element instanceof Named n && n.getName() != null && !n.getName().isBlank();
		return named ? ElementLabels.typeName(element) + " " + shortName(element) : ElementLabels.name(element);
	}

	private static String value(String value, ElementIds ids) {
		if (value == null) {
			return "nothing";
		}
		return ids.contains(value) ? shortName(ids.get(value)) : value;
	}

	/** An interface with its device ("acc-sw-02 Gi1/0/30"), anything else by its name, or its type and id. */
	private static String shortName(EObject element) {
		if (element instanceof Interface port && port.getDevice() != null) {
			return ElementLabels.name(port.getDevice()) + " " + ElementLabels.name(port);
		}
		return ElementLabels.name(element);
	}

	private static String typeName(String type) {
		return TopologyPackage.eINSTANCE.getEClassifier(type) instanceof EClass eClass ? ElementLabels.typeName(eClass) : type;
	}
}
