package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Named;

/** Every edit of a change set as a vendor-neutral row (device, element, attribute, old, new), and the rows that undo them. */
final class NeutralTable {

	static final String CREATED = "(created)";
	static final String DELETED = "(deleted)";

	private NeutralTable() {
	}

	static List<ChangeRow> of(List<ModelEdit> edits, ElementIds before, ElementIds after) {
		List<ChangeRow> rows = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			rows.add(row(edits.get(i), i, before, after));
		}
		return rows;
	}

	/** The rows of the rollback: last edit first, each value set back, each creation a deletion and the other way round. */
	static List<ChangeRow> reversed(List<ChangeRow> rows) {
		List<ChangeRow> reversed = new ArrayList<>();
		for (int i = rows.size() - 1; i >= 0; i--) {
			ChangeRow row = rows.get(i);
			String attribute = row.attribute().equals(CREATED) ? DELETED : row.attribute().equals(DELETED) ? CREATED : row.attribute();
			reversed.add(new ChangeRow(row.device(), row.element(), attribute, row.newValue(), row.oldValue(), row.edit()));
		}
		return reversed;
	}

	private static ChangeRow row(ModelEdit edit, int index, ElementIds before, ElementIds after) {
		EObject element = find(edit.element(), after, before);
		String device = device(element);
		String label = element == null ? edit.element() : label(element);
		if (edit instanceof SetValue set) {
			return new ChangeRow(device, label, set.feature(), value(element, set.feature(), set.oldValue(), before, after),
					value(element, set.feature(), set.newValue(), after, before), index);
		}
		if (edit instanceof CreateElement create) {
			return new ChangeRow(device, label, CREATED, "", values(element, create.values(), after, before), index);
		}
		if (edit instanceof DeleteElement) {
			return new ChangeRow(device, label, DELETED, element == null ? "" : ElementLabels.describe(element), "", index);
		}
		return new ChangeRow(device, label, "(edit)", "", edit.describe(before), index);
	}

	/** The device an element is on (both ends' devices for a link); empty for the network's own elements. */
	private static String device(EObject element) {
		if (element instanceof Link link) {
			return deviceName(link.getEndA()) + " / " + deviceName(link.getEndB());
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Device device) {
				return ElementLabels.name(device);
			}
		}
		return "";
	}

	private static String deviceName(Interface end) {
		return end == null || end.getDevice() == null ? "?" : ElementLabels.name(end.getDevice());
	}

	/** "interface Gi1/0/30", "firewall rule Deny cam to Core", "link (link-7)". */
	static String label(EObject element) {
		String name = element instanceof Named named ? named.getName() : null;
		if (name != null && !name.isBlank()) {
			return ElementLabels.typeName(element) + " " + name;
		}
		String id = element instanceof Identified identified ? identified.getId() : null;
		return ElementLabels.typeName(element) + (id == null ? "" : " (" + id + ")");
	}

	/** A value as the table shows it: a referenced element by its label and id, else the text; empty for none. */
	private static String value(EObject element, String feature, String value, ElementIds first, ElementIds second) {
		if (value == null) {
			return "";
		}
		boolean reference = element != null && element.eClass().getEStructuralFeature(feature) instanceof EReference;
		EObject target = reference ? find(value, first, second) : null;
		return target == null ? value : ElementLabels.name(target) + " (" + value + ")";
	}

	private static String values(EObject element, Map<String, String> values, ElementIds first, ElementIds second) {
		StringJoiner text = new StringJoiner(", ");
		values.forEach((key, value) -> text.add(key + " " + value(element, key, value, first, second)));
		return text.toString();
	}

	private static EObject find(String id, ElementIds first, ElementIds second) {
		if (id == null) {
			return null;
		}
		return first.contains(id) ? first.get(id) : second.contains(id) ? second.get(id) : null;
	}
}
