package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;

/** Interfaces with their addresses: subinterfaces folded into their parent, LAG members given their LAG's VLANs, SVIs their VLAN. */
final class InterfaceImport {

	private static final Pattern VLAN_NAME = Pattern.compile("(?i)^(?:vlan|vl|irb|bvi|vlanif)\\D*?(\\d{1,4})$");
	private static final Pattern SUBINTERFACE_NAME = Pattern.compile("\\.(\\d{1,4})$");

	private final ImportContext context;
	private final DeviceImport devices;
	private final VlanImport vlans;
	private final Map<Long, PortPlan> plans = new LinkedHashMap<>();
	private final Set<String> ids = new HashSet<>();

	InterfaceImport(ImportContext context, DeviceImport devices, VlanImport vlans) {
		this.context = context;
		this.devices = devices;
		this.vlans = vlans;
	}

	void run() {
		context.records.of(Endpoint.INTERFACES).forEach(this::plan);
		new AddressImport(context, plans).run();
		plans.values().forEach(this::fold);
		plans.values().forEach(this::joinLag);
		plans.values().stream().filter(p -> p.foldedInto == null).forEach(this::element);
		plans.values().stream().filter(p -> !p.subinterfaces.isEmpty()).forEach(this::reportFolding);
		plans.values().stream().filter(PortPlan::isLag).forEach(this::reportLag);
		new SwitchRouting(context, plans.values()).run();
	}

	/** The model interface NetBox interface {@code id} became (its parent's, if it was a subinterface), or null. */
	Interface element(Long id) {
		PortPlan plan = id == null ? null : plans.get(id);
		return plan == null ? null : plan.standIn().element;
	}

	PortPlan plan(Long id) {
		return id == null ? null : plans.get(id);
	}

	private void plan(JsonObject record) {
		Long deviceId = Json.idOf(record, "device");
		Device device = devices.get(deviceId);
		if (device == null) {
			context.report.record(Endpoint.INTERFACES, record, (deviceId == null ? "belongs to no device" : "belongs to device #" + deviceId
					+ ", which was not imported" + context.outsideFilter()) + "; not imported");
			return;
		}
		PortPlan plan = new PortPlan(record, device);
		List<String> problems = new ArrayList<>();
		JsonObject untagged = Json.object(record, "untagged_vlan");
		plan.untagged = untagged == null ? null : vlans.vid(untagged, problems);
		for (JsonObject tagged : Json.objects(record, "tagged_vlans")) {
			Integer vid = vlans.vid(tagged, problems);
			if (vid != null) {
				plan.tagged.add(vid);
			}
		}
		problems.forEach(problem -> context.report.record(Endpoint.INTERFACES, record, problem));
		plans.put(plan.id, plan);
	}

	/** Folds an 802.1Q subinterface (one with a parent on the same device) into its parent. */
	private void fold(PortPlan plan) {
		PortPlan parent = plans.get(plan.parent);
		if (plan.parent == null || parent == null || parent.device != plan.device) {
			if (plan.parent != null) {
				context.report.record(Endpoint.INTERFACES, plan.record, "its parent interface #" + plan.parent
						+ " is not among the interfaces of its device; imported as an interface of its own");
			}
			return;
		}
		if (plan.untagged != null) {
			plan.subinterfaceVlans.add(plan.untagged);
		}
		plan.subinterfaceVlans.addAll(plan.tagged);
		if (plan.subinterfaceVlans.isEmpty()) {
			Matcher number = SUBINTERFACE_NAME.matcher(plan.name);
			if (!number.find() || !VlanList.isValidId(Integer.valueOf(number.group(1)))) {
				context.report.record(Endpoint.INTERFACES, plan.record, "a subinterface of " + parent.name
						+ " with no VLAN; imported as an interface of its own");
				return;
			}
			plan.subinterfaceVlans.add(Integer.valueOf(number.group(1)));
			context.report.record(Endpoint.INTERFACES, plan.record, "a subinterface of " + parent.name + " with no VLAN in NetBox; VLAN "
					+ number.group(1) + " taken from its name");
		}
		plan.foldedInto = parent;
		parent.subinterfaces.add(plan);
	}

	/** A LAG member takes its LAG's configuration when the LAG has one (the cable is on the member, the VLANs on the LAG). */
	private void joinLag(PortPlan plan) {
		PortPlan lag = plans.get(plan.lag);
		if (lag != null && lag.device == plan.device && lag.hasVlanConfig()) {
			plan.lagPlan = lag;
			lag.members.add(plan);
		}
	}

	private void element(PortPlan plan) {
		PortPlan source = plan.lagPlan != null ? plan.lagPlan : plan;
		Interface port = context.builder.port(plan.device, plan.name, InterfaceMode.ACCESS);
		String id = NetworkBuilder.interfaceId(plan.device.getId(), plan.name);
		port.setId(ids.add(id) ? id : id + "-" + plan.id);
		ids.add(port.getId());
		PortModes.apply(plan, source, port, PortModes.bridges(plan) && plan.isVirtual() ? sviVlan(plan) : null);
		port.setEnabled(Json.flag(plan.record, "enabled", true));
		port.setMac(mac(plan));
		port.getAddresses().addAll(plan.addresses);
		plan.subinterfaces.forEach(sub -> port.getAddresses().addAll(sub.addresses));
		context.origin(port, Endpoint.INTERFACES, plan.record);
		plan.element = port;
	}

	/** The VLAN of an SVI: NetBox's untagged VLAN, else the number in its name (Vlan30), else the VLAN of its address's prefix. */
	private Integer sviVlan(PortPlan plan) {
		if (plan.untagged != null) {
			return plan.untagged;
		}
		Matcher name = VLAN_NAME.matcher(plan.name);
		if (name.matches() && VlanList.isValidId(Integer.valueOf(name.group(1)))) {
			return Integer.valueOf(name.group(1));
		}
		for (String address : plan.addresses) {
			Integer vid = vlans.vidOfAddress(address, plan.device.getSite());
			if (vid != null) {
				return vid;
			}
		}
		context.report.record(Endpoint.INTERFACES, plan.record, "a virtual interface of a switch whose VLAN is unknown (no untagged VLAN, "
				+ "none in its name, no VLAN's prefix holds its address); imported without a VLAN");
		return null;
	}

	/** The interface's MAC: primary_mac_address (NetBox 4.2+) or mac_address; a malformed one is reported and left out. */
	private String mac(PortPlan plan) {
		String mac = Json.nonBlank(Json.object(plan.record, "primary_mac_address"), "mac_address");
		if (mac == null) {
			mac = Json.nonBlank(plan.record, "mac_address");
		}
		if (mac == null) {
			return null;
		}
		try {
			return MacAddress.parse(mac).toString();
		} catch (SyntaxException e) {
			context.report.record(Endpoint.INTERFACES, plan.record, "'" + mac + "' is not a MAC address; left out");
			return null;
		}
	}

	private void reportFolding(PortPlan parent) {
		Interface port = parent.element;
		List<String> names = parent.subinterfaces.stream().map(sub -> sub.name).toList();
		context.report.interfaces(parent.describe() + ": trunk of VLANs " + port.getAllowedVlans()
				+ (port.getNativeVlan() == null ? "" : " (native " + port.getNativeVlan() + ")") + " - " + names.size()
				+ " 802.1Q subinterface" + (names.size() == 1 ? "" : "s") + " folded in: " + String.join(", ", names));
		boolean ownAddresses = !parent.addresses.isEmpty();
		if (ownAddresses && parent.untagged == null) {
			context.report.record(Endpoint.INTERFACES, parent.record, "has addresses of its own but no untagged VLAN; as the trunk of its "
					+ "subinterfaces it carries only their VLANs - give it an untagged VLAN in NetBox");
		}
	}

	private void reportLag(PortPlan lag) {
		List<String> members = lag.members.stream().map(p -> p.name).toList();
		if (members.isEmpty()) {
			return;
		}
		Interface port = lag.element;
		String config = port.getMode() == InterfaceMode.TRUNK ? "trunk of VLANs " + (port.getAllowedVlans() == null ? "all" : port.getAllowedVlans())
				: port.getMode().getName().toLowerCase(Locale.ROOT) + (port.getAccessVlan() == null ? "" : " VLAN " + port.getAccessVlan());
		context.report.interfaces(lag.describe() + ": " + config + " - members " + String.join(", ", members) + " take its VLANs");
	}
}
