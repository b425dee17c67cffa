package io.github.netreview.interchange.netbox;

import java.util.Map;

import com.google.gson.JsonObject;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;

/** IP addresses onto the interfaces they are assigned to; addresses of virtual machines, FHRP groups or nothing are reported. */
final class AddressImport {

	private final ImportContext context;
	private final Map<Long, PortPlan> plans;

	AddressImport(ImportContext context, Map<Long, PortPlan> plans) {
		this.context = context;
		this.plans = plans;
	}

	void run() {
		context.records.of(Endpoint.IP_ADDRESSES).forEach(this::address);
	}

	private void address(JsonObject record) {
		String type = Json.nonBlank(record, "assigned_object_type");
		Long target = Json.number(record, "assigned_object_id");
		if (type == null || target == null) {
			context.report.record(Endpoint.IP_ADDRESSES, record, "assigned to no interface; not used");
			return;
		}
		if (!"dcim.interface".equals(type)) {
			context.report.record(Endpoint.IP_ADDRESSES, record, "assigned to " + what(type) + "; not used");
			return;
		}
		PortPlan plan = plans.get(target);
		if (plan == null) {
			context.report.record(Endpoint.IP_ADDRESSES, record, "assigned to interface #" + target + ", which was not imported"
					+ context.outsideFilter() + "; not used");
			return;
		}
		String address = Json.nonBlank(record, "address");
		try {
			IpPrefix.parse(address);
			plan.addresses.add(address.strip());
		} catch (SyntaxException e) {
			context.report.record(Endpoint.IP_ADDRESSES, record, e.getMessage() + "; not imported");
		}
	}

	private static String what(String type) {
		return switch (type) {
		case "virtualization.vminterface" -> "a virtual machine's interface (virtual machines are not imported)";
		case "ipam.fhrpgroup" -> "a first-hop redundancy group";
		default -> "a " + type;
		};
	}
}
