package io.github.netreview.interchange.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/** Writes a network's segments, devices, interfaces and links in the {@link CsvColumns} format, in model order, no cell a formula. */
public final class CsvExport {

	private CsvExport() {
	}

	public static String of(Network network) throws IOException {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(CsvColumns.HEADER).setRecordSeparator('\n').get())) {
			for (Segment segment : network.getSegments()) {
				Map<String, String> row = row("segment", segment.getId(), segment.getName());
				row.put("site", segment.getSite() == null ? "" : segment.getSite().getName());
				zone(row, segment.getZone());
				row.put("vlan", text(segment.getVlanId()));
				row.put("addresses", String.join(" ", segment.getPrefixes()));
				print(csv, row);
			}
			for (Device device : network.getDevices()) {
				Map<String, String> row = row("device", device.getId(), device.getName());
				row.put("site", device.getSite() == null ? "" : device.getSite().getName());
				zone(row, device.getZone());
				row.put("role", device.getRole().getLiteral());
				row.put("manufacturer", text(device.getManufacturer()));
				row.put("model", text(device.getModel()));
				print(csv, row);
				for (Interface port : device.getInterfaces()) {
					Map<String, String> card = row("interface", "", port.getName());
					card.put("device", device.getId());
					card.put("mode", port.getMode().getLiteral());
					card.put("vlan", text(port.getAccessVlan()));
					card.put("native_vlan", text(port.getNativeVlan()));
					card.put("allowed_vlans", text(port.getAllowedVlans()));
					card.put("mac", text(port.getMac()));
					card.put("addresses", String.join(" ", port.getAddresses()));
					card.put("enabled", Boolean.toString(port.isEnabled()));
					print(csv, card);
				}
			}
			for (Link link : network.getLinks()) {
				Map<String, String> row = row("link", link.getId(), link.getName());
				row.put("end_a", end(link.getEndA()));
				row.put("end_b", end(link.getEndB()));
				row.put("enabled", Boolean.toString(link.isEnabled()));
				row.put("direction", link.getDirection().getLiteral());
				print(csv, row);
			}
		}
		return text.toString();
	}

	/** Prints one row, each cell safe from being read as a formula by a spreadsheet. */
	private static void print(CSVPrinter csv, Map<String, String> row) throws IOException {
		csv.printRecord(row.values().stream().map(CsvCells::neutralised).toList());
	}

	private static Map<String, String> row(String kind, String id, String name) {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : CsvColumns.HEADER) {
			row.put(column, "");
		}
		row.put("kind", kind);
		row.put("id", text(id));
		row.put("name", text(name));
		return row;
	}

	private static void zone(Map<String, String> row, Zone zone) {
		if (zone != null) {
			row.put("zone", zone.getName());
			row.put("zone_kind", zone.isSetKind() ? zone.getKind().getLiteral() : "");
		}
	}

	private static String end(Interface port) {
		return port == null || port.getDevice() == null ? "" : port.getDevice().getId() + ":" + port.getName();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
