package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;

/** One NetBox interface on its way into the model: what NetBox says of it, and what it is folded into or takes its VLANs from. */
final class PortPlan {

	private static final Set<String> TRUNK_MODES = Set.of("tagged", "tagged-all", "q-in-q");

	final long id;
	final JsonObject record;
	final Device device;
	final String name;
	final String type;
	final String mode;
	final Long parent;
	final Long lag;
	final boolean mgmtOnly;
	Integer untagged;
	final List<Integer> tagged = new ArrayList<>();
	final List<String> addresses = new ArrayList<>();
	/** The 802.1Q subinterfaces folded into this interface. */
	final List<PortPlan> subinterfaces = new ArrayList<>();
	/** The VLANs this interface carries as a subinterface of another. */
	final List<Integer> subinterfaceVlans = new ArrayList<>();
	PortPlan foldedInto;
	/** The LAG this interface is a member of, when the LAG holds the VLAN configuration, and a LAG's such members. */
	PortPlan lagPlan;
	final List<PortPlan> members = new ArrayList<>();
	Interface element;

	PortPlan(JsonObject record, Device device) {
		this.record = record;
		this.device = device;
		id = Json.id(record);
		name = Json.nonBlank(record, "name") != null ? Json.nonBlank(record, "name") : "interface #" + id;
		type = Json.choice(record, "type");
		mode = Json.choice(record, "mode");
		parent = Json.idOf(record, "parent");
		lag = Json.idOf(record, "lag");
		mgmtOnly = Json.flag(record, "mgmt_only", false);
	}

	boolean isTrunk() {
		return mode != null && TRUNK_MODES.contains(mode) || !subinterfaces.isEmpty();
	}

	/** A virtual interface (an SVI, a BVI, a loopback), not a port on the front of the device. */
	boolean isVirtual() {
		return "virtual".equals(type) || "bridge".equals(type);
	}

	boolean isLag() {
		return "lag".equals(type);
	}

	/** Whether NetBox gives it any VLAN configuration (a mode, a VLAN or folded subinterfaces). */
	boolean hasVlanConfig() {
		return mode != null || untagged != null || !tagged.isEmpty() || !subinterfaces.isEmpty();
	}

	/** The interface whose model element stands for this one: its parent when it was folded. */
	PortPlan standIn() {
		return foldedInto != null ? foldedInto : this;
	}

	String describe() {
		return device.getName() + " " + name;
	}
}
