package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.topology.Network;

/** Builds a network from NetBox records, every record imported or reported, and returns it only when it validates. */
public final class NetboxImporter {

	/** The network and what the import has to tell about it. */
	public record Result(Network network, ImportReport report) {
	}

	private NetboxImporter() {
	}

	public static Result run(NetboxRecords records, NetboxMapping mapping) throws NetboxException {
		ImportContext context = new ImportContext(records, mapping);
		records.reported().forEach(context.report::record);
		SiteImport sites = new SiteImport(context);
		sites.run();
		ZonePlanner zones = new ZonePlanner(context);
		VlanImport vlans = new VlanImport(context, sites, zones);
		vlans.run();
		DeviceImport devices = new DeviceImport(context, sites, zones);
		devices.run();
		InterfaceImport interfaces = new InterfaceImport(context, devices, vlans);
		interfaces.run();
		new CableImport(context, interfaces).run();
		Network network = context.builder.network();
		new DeviceZones(vlans).fill(network);
		zones.decide();
		mapping.unused().forEach(context.report::warning);
		try {
			ModelCheck.run(network, context.origins, context.report);
			requireSomethingToJudge(records, network);
		} catch (NetboxException e) {
			throw new NetboxException(e.getMessage(), context.report.records());
		}
		return new Result(network, context.report);
	}

	/** Stops the import when no device, interface or link came of the records: an empty model would read as all clear. */
	private static void requireSomethingToJudge(NetboxRecords records, Network network) throws NetboxException {
		int devices = network.getDevices().size();
		int interfaces = network.getDevices().stream().mapToInt(d -> d.getInterfaces().size()).sum();
		String missing = devices == 0 ? what(records, Endpoint.DEVICES, "devices")
				: interfaces == 0 ? what(records, Endpoint.INTERFACES, "interfaces")
				: network.getLinks().isEmpty() ? what(records, Endpoint.CABLES, "cables") : null;
		if (missing == null) {
			return;
		}
		List<String> read = new ArrayList<>();
		read(read, records, Endpoint.SITES, "sites");
		read(read, records, Endpoint.VLANS, "VLANs");
		read(read, records, Endpoint.DEVICES, "devices");
		read(read, records, Endpoint.INTERFACES, "interfaces");
		read(read, records, Endpoint.CABLES, "cables");
		String readText = read.isEmpty() ? "read no sites, VLANs, devices, interfaces or cables" : "read " + joined(read);
		throw new NetboxException("nothing to judge: " + readText + " but " + missing + " (" + sources(records) + "); no model written");
	}

	private static String what(NetboxRecords records, Endpoint endpoint, String noun) {
		int read = records.size(endpoint);
		return read == 0 ? "no " + noun : "none of its " + read + " " + noun + " could be imported";
	}

	private static void read(List<String> read, NetboxRecords records, Endpoint endpoint, String noun) {
		int size = records.size(endpoint);
		if (size > 0) {
			read.add(size + " " + (size == 1 ? noun.replaceFirst("s$", "") : noun));
		}
	}

	private static String joined(List<String> parts) {
		return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String sources(NetboxRecords records) {
		List<String> sources = records.sources();
		if (sources.size() == 1 && sources.get(0).contains("://")) {
			return "from " + sources.get(0);
		}
		List<String> shown = sources.size() > 8 ? sources.subList(0, 8) : sources;
		return "files: " + String.join(", ", shown) + (sources.size() > 8 ? " and " + (sources.size() - 8) + " more" : "");
	}
}
