package io.github.netreview.editor.tree;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.View;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

/** The one-line text of each element in the model tree: what it is and what an architect needs at a glance. */
final class ModelTreeLabels {

	private ModelTreeLabels() {
	}

	static String text(Object element) {
		if (!(element instanceof EObject object)) {
			return String.valueOf(element);
		}
		String type = capitalised(ElementLabels.typeName(object));
		String name = object instanceof Named named && named.getName() != null ? named.getName() : "";
		String details = details(object);
		return (type + " " + name).strip() + (details.isEmpty() ? "" : "  -  " + details);
	}

	private static String details(EObject element) {
		if (element instanceof Site site) {
			return site.isSensitive() ? "sensitive site" : "";
		}
		if (element instanceof Zone zone) {
			return zone.getKind().getName() + (zone.isCore() ? ", core" : "");
		}
		if (element instanceof Segment segment) {
			return (segment.getVlanId() == null ? "no VLAN" : "VLAN " + segment.getVlanId()) + " " + String.join(" ", segment.getPrefixes());
		}
		if (element instanceof Device device) {
			String make = (Objects.toString(device.getManufacturer(), "make unknown") + " " + Objects.toString(device.getModel(), "")).strip();
			return device.getRole().getName() + ", " + make;
		}
		if (element instanceof Interface port) {
			return port.getMode() == InterfaceMode.TRUNK ? "trunk " + Objects.toString(port.getAllowedVlans(), "all")
					: port.getMode().getName().toLowerCase() + (port.getAccessVlan() == null ? "" : " VLAN " + port.getAccessVlan())
							+ (port.getMac() == null ? "" : " " + port.getMac());
		}
		if (element instanceof Link link) {
			return end(link.getEndA()) + " - " + end(link.getEndB()) + (link.isEnabled() ? "" : " (disabled)");
		}
		if (element instanceof FirewallPolicy policy) {
			return policy.getRules().size() + " rules, default " + policy.getDefaultAction().getName();
		}
		if (element instanceof FirewallRule rule) {
			return rule.getAction().getName() + " " + endpoint(rule.getSource()) + " to " + endpoint(rule.getDestination());
		}
		if (element instanceof Service service) {
			return service.getProtocol().getName() + (service.getPorts() == null ? "" : " " + service.getPorts());
		}
		if (element instanceof Listing listing) {
			return listing.getBasis().getName() + " " + listing.getDateListed();
		}
		if (element instanceof Waiver waiver) {
			return (waiver.getDevice() == null ? "no device" : waiver.getDevice().getName()) + " until " + waiver.getExpiry();
		}
		if (element instanceof Diagram diagram) {
			return diagram.getName();
		}
		if (element instanceof View view && view.getElement() != null) {
			return Objects.toString(view.getElement().getName(), view.getElement().getId());
		}
		return "";
	}

	private static String end(Interface port) {
		if (port == null) {
			return "?";
		}
		return (port.getDevice() == null ? "?" : port.getDevice().getName()) + " " + port.getName();
	}

	private static String endpoint(Named element) {
		return element == null ? "any" : Objects.toString(element.getName(), element.getId());
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
