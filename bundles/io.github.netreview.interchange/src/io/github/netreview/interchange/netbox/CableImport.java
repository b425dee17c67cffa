package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;

/** Links from cables, and from the interfaces' connected_endpoints where a cable ends on a patch panel or a circuit. */
final class CableImport {

	private static final String INTERFACE = "dcim.interface";
	private static final Set<String> PASS_THROUGH = Set.of("dcim.frontport", "dcim.rearport", "circuits.circuittermination");

	private final ImportContext context;
	private final InterfaceImport interfaces;
	/** Cables made into links directly, and cables the traced paths run through. */
	private final Set<Long> direct = new HashSet<>();
	private final Set<Long> followed = new HashSet<>();
	private final Set<String> traced = new HashSet<>();
	private final List<JsonObject> passThrough = new ArrayList<>();

	CableImport(ImportContext context, InterfaceImport interfaces) {
		this.context = context;
		this.interfaces = interfaces;
	}

	void run() {
		context.records.of(Endpoint.CABLES).forEach(this::cable);
		context.records.of(Endpoint.INTERFACES).forEach(this::trace);
		for (JsonObject cable : passThrough) {
			if (!followed.contains(Json.id(cable))) {
				context.report.record(Endpoint.CABLES, cable, unfollowed(cable));
			}
		}
	}

	private void cable(JsonObject cable) {
		List<JsonObject> a = Json.objects(cable, "a_terminations");
		List<JsonObject> b = Json.objects(cable, "b_terminations");
		Set<String> types = new LinkedHashSet<>();
		for (JsonObject end : concat(a, b)) {
			types.add(String.valueOf(Json.text(end, "object_type")));
		}
		if (a.isEmpty() || b.isEmpty()) {
			context.report.record(Endpoint.CABLES, cable, "has no " + (a.isEmpty() ? "A" : "B") + " end; not imported");
		} else if (types.equals(Set.of(INTERFACE))) {
			direct.add(Json.id(cable));
			interfaceCable(cable, a, b);
		} else if (types.stream().anyMatch(PASS_THROUGH::contains)) {
			passThrough.add(cable);
		} else {
			context.report.record(Endpoint.CABLES, cable, "joins " + String.join(" and ", types) + ", not network interfaces; not used");
		}
	}

	private static List<JsonObject> concat(List<JsonObject> a, List<JsonObject> b) {
		List<JsonObject> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private void interfaceCable(JsonObject cable, List<JsonObject> a, List<JsonObject> b) {
		List<Interface> endsA = ends(cable, a);
		List<Interface> endsB = ends(cable, b);
		if (endsA == null || endsB == null) {
			return;
		}
		if (endsA.size() > 1 || endsB.size() > 1) {
			boolean paired = endsA.size() == endsB.size();
			context.report.record(Endpoint.CABLES, cable, "has " + endsA.size() + " terminations at A and " + endsB.size() + " at B; "
					+ (paired ? "paired in order" : "every A end linked to every B end"));
		}
		for (int i = 0; i < endsA.size(); i++) {
			for (int j = 0; j < endsB.size(); j++) {
				if (endsA.size() != endsB.size() || i == j) {
					String suffix = endsA.size() * endsB.size() > 1 ? "-" + (i + 1) + "-" + (j + 1) : "";
					link(cable, endsA.get(i), endsB.get(j), "link-" + Json.id(cable) + suffix);
				}
			}
		}
	}

	/** The interfaces a side of a cable ends at, or null (reported) when one was not imported. */
	private List<Interface> ends(JsonObject cable, List<JsonObject> side) {
		List<Interface> ends = new ArrayList<>();
		for (JsonObject end : side) {
			Long id = Json.number(end, "object_id");
			Interface port = interfaces.element(id);
			if (port == null) {
				context.report.record(Endpoint.CABLES, cable, "ends at interface #" + id + ", which was not imported" + context.outsideFilter()
						+ "; not imported");
				return null;
			}
			ends.add(port);
		}
		return ends;
	}

	private void link(JsonObject cable, Interface a, Interface b, String id) {
		if (a.getDevice() == b.getDevice()) {
			context.report.record(Endpoint.CABLES, cable, "joins two interfaces of '" + a.getDevice().getName() + "' (" + a.getName() + ", "
					+ b.getName() + "); not imported");
			return;
		}
		Link link = context.builder.link(id, a, b, medium(Json.text(cable, "type")));
		link.setName(Json.nonBlank(cable, "label"));
		String status = Json.choice(cable, "status");
		link.setEnabled(status == null || "connected".equals(status));
		context.origin(link, Endpoint.CABLES, cable);
	}

	/** A path from an interface whose cable does not end on another interface, as NetBox traced it through panels and circuits. */
	private void trace(JsonObject record) {
		Long cable = Json.idOf(record, "cable");
		List<JsonObject> endpoints = Json.objects(record, "connected_endpoints");
		PortPlan plan = interfaces.plan(Json.id(record));
		if (plan == null || endpoints.isEmpty() || direct.contains(cable) || !INTERFACE.equals(Json.text(record, "connected_endpoints_type"))) {
			return;
		}
		for (JsonObject far : endpoints) {
			PortPlan other = interfaces.plan(Json.id(far));
			if (other == null) {
				context.report.record(Endpoint.INTERFACES, record, "NetBox traces it to interface #" + Json.id(far) + ", which was not imported"
						+ context.outsideFilter() + "; that path is left out");
				continue;
			}
			followed.add(cable);
			followed.add(Json.idOf(other.record, "cable"));
			tracedLink(plan, other, Json.flag(record, "connected_endpoints_reachable", true));
		}
	}

	private void tracedLink(PortPlan a, PortPlan b, boolean reachable) {
		PortPlan low = a.id < b.id ? a : b;
		PortPlan high = low == a ? b : a;
		if (!traced.add(low.id + "-" + high.id)) {
			return;
		}
		JsonObject cable = cableOf(low) != null ? cableOf(low) : cableOf(high);
		if (low.device == high.device) {
			context.report.record(Endpoint.INTERFACES, low.record, "NetBox traces it to " + high.name + " of the same device; that path is left out");
			return;
		}
		Link link = context.builder.link("link-trace-" + low.id + "-" + high.id, low.standIn().element, high.standIn().element,
				medium(Json.text(cable, "type")));
		String labels = Stream.of(label(low), label(high)).filter(l -> l != null).distinct().collect(Collectors.joining(" / "));
		link.setName(labels.isEmpty() ? null : labels);
		link.setEnabled(reachable);
		context.origin(link, Endpoint.INTERFACES, low.record);
	}

	private JsonObject cableOf(PortPlan plan) {
		return context.records.get(Endpoint.CABLES, Json.idOf(plan.record, "cable"));
	}

	private String label(PortPlan plan) {
		String label = Json.nonBlank(cableOf(plan), "label");
		return label != null ? label : Json.nonBlank(Json.object(plan.record, "cable"), "label");
	}

	private String unfollowed(JsonObject cable) {
		List<JsonObject> ends = concat(Json.objects(cable, "a_terminations"), Json.objects(cable, "b_terminations"));
		List<String> interfaceEnds = ends.stream().filter(e -> INTERFACE.equals(Json.text(e, "object_type")))
				.map(e -> "#" + Json.number(e, "object_id")).toList();
		String others = ends.stream().map(e -> Json.text(e, "object_type")).filter(t -> !INTERFACE.equals(t)).distinct()
				.collect(Collectors.joining(" and "));
		if (interfaceEnds.isEmpty()) {
			return "joins " + others + " only; not imported (the paths through it come from the interfaces' connected_endpoints)";
		}
		return "ends on " + others + " and NetBox traces its interface " + String.join(", ", interfaceEnds)
				+ " to no interface (no connected_endpoints); not imported";
	}

	/** Fibre for single- and multi-mode fibre and active optical cables, copper otherwise. */
	static Medium medium(String type) {
		String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
		boolean fibre = t.startsWith("smf") || t.startsWith("mmf") || t.contains("fiber") || t.contains("fibre") || t.equals("aoc");
		return fibre ? Medium.FIBER : Medium.COPPER;
	}
}
