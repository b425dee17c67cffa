package io.github.netreview.io.changes;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;

/** Which devices take IOS configuration, and how devices, ports and elements are named in comments. */
final class Devices {

	private Devices() {
	}

	/** Switches, routers, firewalls and layer-3 devices take IOS commands; endpoints, access points and diodes get notes. */
	static boolean configurable(Device device) {
		if (device == null) {
			return false;
		}
		DeviceRole role = device.getRole();
		return role == DeviceRole.SWITCH || role == DeviceRole.ROUTER || role == DeviceRole.FIREWALL || device.isRouting();
	}

	/** Whether IOS commands for the device need translating: its make is not Cisco. */
	static boolean otherMake(Device device) {
		String make = device.getManufacturer();
		return make == null || !make.toLowerCase(Locale.ROOT).contains("cisco");
	}

	/** The device's role, make and model, and site: "switch, Cisco Systems, Inc C9200L-48P-4G, site Headquarters". */
	static String about(Device device) {
		StringBuilder about = new StringBuilder(device.getRole().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '));
		String make = ((device.getManufacturer() == null ? "" : device.getManufacturer()) + " "
				+ (device.getModel() == null ? "" : device.getModel())).strip();
		if (!make.isEmpty()) {
			about.append(", ").append(make);
		}
		if (device.getSite() != null) {
			about.append(", site ").append(ElementLabels.name(device.getSite()));
		}
		return about.toString();
	}

	/** A port as a comment names it: "acc-sw-02 Gi1/0/30". */
	static String port(Interface port) {
		if (port == null) {
			return "nothing";
		}
		return IosText.shown(port.getDevice() == null ? "?" : ElementLabels.name(port.getDevice())) + " "
				+ IosText.shown(port.getName() == null ? "(" + port.getId() + ")" : port.getName());
	}

	/** An element as a comment names it: "link 'uplink' (link-7)", "link (link-7)". */
	static String label(EObject element) {
		if (element == null) {
			return "nothing";
		}
		String id = element instanceof Identified identified ? identified.getId() : null;
		String name = ElementLabels.quotedName(element);
		String type = ElementLabels.typeName(element);
		return id != null && name.equals("(" + id + ")") ? type + " (" + IosText.shown(id) + ")"
				: type + " " + IosText.shown(name) + (id == null ? "" : " (" + IosText.shown(id) + ")");
	}

	/** A referenced element as a value: "'CCTV' (zone-cctv)", or "(zone-1)" when it has no name. */
	static String named(EObject element) {
		String id = element instanceof Identified identified ? identified.getId() : null;
		String name = ElementLabels.quotedName(element);
		return id == null || name.equals("(" + id + ")") ? IosText.shown(name) : IosText.shown(name) + " (" + IosText.shown(id) + ")";
	}

	/** An element's name as a comment shows it. */
	static String name(EObject element) {
		return IosText.shown(ElementLabels.name(element));
	}
}
