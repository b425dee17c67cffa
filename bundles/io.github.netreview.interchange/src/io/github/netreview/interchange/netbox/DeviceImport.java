package io.github.netreview.interchange.netbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Site;

/** Devices with make, model, role and zone; none is dropped but patch panels without interfaces. */
final class DeviceImport {

	private final ImportContext context;
	private final SiteImport sites;
	private final ZonePlanner zones;
	private final Map<Long, Device> devices = new HashMap<>();

	DeviceImport(ImportContext context, SiteImport sites, ZonePlanner zones) {
		this.context = context;
		this.sites = sites;
		this.zones = zones;
	}

	void run() {
		Set<Long> withInterfaces = new HashSet<>();
		context.records.of(Endpoint.INTERFACES).forEach(i -> withInterfaces.add(Json.idOf(i, "device")));
		for (JsonObject record : context.records.of(Endpoint.DEVICES)) {
			device(record, withInterfaces.contains(Json.id(record)));
		}
	}

	Device get(Long id) {
		return devices.get(id);
	}

	private void device(JsonObject record, boolean hasInterfaces) {
		long id = Json.id(record);
		JsonObject type = Json.object(record, "device_type");
		String model = Json.nonBlank(type, "model");
		String maker = Json.nonBlank(Json.object(type, "manufacturer"), "name");
		JsonObject role = Json.object(record, "role") != null ? Json.object(record, "role") : Json.object(record, "device_role");
		String roleSlug = Json.nonBlank(role, "slug");
		String roleName = Json.nonBlank(role, "name");
		Optional<DeviceRole> mapped = context.mapping.role(roleSlug, roleName);
		if (mapped.isEmpty() && !hasInterfaces && DeviceRoles.isPatchPanel(roleSlug, roleName)) {
			context.report.record(Endpoint.DEVICES, record, "a patch panel with no interfaces; not imported as a device - the cables "
					+ "through its ports are followed by the interfaces' connected_endpoints");
			return;
		}
		String name = name(record, id, model);
		DeviceRole kind = mapped.or(() -> DeviceRoles.of(roleSlug, roleName)).orElse(null);
		if (kind == null) {
			kind = DeviceRole.SERVER;
			context.report.record(Endpoint.DEVICES, record, (role == null ? "no role" : "role '" + (roleSlug != null ? roleSlug : roleName)
					+ "' not recognised") + "; imported as an endpoint (SERVER) - map it with --mapping");
		}
		String usedBy = Endpoint.DEVICES + " " + ImportReport.label(Endpoint.DEVICES, record);
		Site site = sites.of(Json.object(record, "site"), usedBy);
		Device device = context.builder.device("dev-" + id, name, kind, maker, model, site, zones.ofDevice(record, name, site));
		device.setSerialNumber(Json.nonBlank(record, "serial"));
		context.origin(device, Endpoint.DEVICES, record);
		devices.put(id, device);
	}

	/** The device's name; NetBox allows none, and such a device is named after its type and id (and reported). */
	private String name(JsonObject record, long id, String model) {
		String name = Json.nonBlank(record, "name");
		if (name == null) {
			name = (model != null ? model : "device") + " #" + id;
			context.report.record(Endpoint.DEVICES, record, "no name; imported as '" + name + "'");
		}
		return name;
	}
}
