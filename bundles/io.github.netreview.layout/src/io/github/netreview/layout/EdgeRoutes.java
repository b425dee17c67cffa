package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.github.netreview.model.notation.Edge;

/**
 * Reads the routes dot drew for the edges: the corners of each polyline (every third point of its B-spline control
 * points), flipped into diagram coordinates and ordered from the diagram edge's source to its target.
 */
final class EdgeRoutes {

	private EdgeRoutes() {
	}

	/** The route of each diagram edge dot drew, from the diagram edge's source to its target. */
	static Map<Edge, List<Bend>> fromJson(JsonObject json, Map<String, Edge> ids, Set<String> reversed, int margin) {
		Map<Edge, List<Bend>> routes = new HashMap<>();
		byId(json, margin).forEach((id, route) -> {
			Edge edge = ids.get(id);
			if (edge != null) {
				routes.put(edge, reversed.contains(id) ? route.reversed() : route);
			}
		});
		return routes;
	}

	/** The corners of every edge dot drew that has an id, from its tail to its head as written. */
	static Map<String, List<Bend>> byId(JsonObject json, int margin) {
		double top = Double.parseDouble(json.get("bb").getAsString().split(",")[3]);
		Map<String, List<Bend>> routes = new HashMap<>();
		JsonElement edges = json.get("edges");
		if (edges != null) {
			for (JsonElement element : edges.getAsJsonArray()) {
				JsonObject object = element.getAsJsonObject();
				if (object.has("id") && object.has("pos")) {
					routes.put(object.get("id").getAsString(), corners(object.get("pos").getAsString(), top, margin));
				}
			}
		}
		return routes;
	}

	/** The corners of one polyline from dot's "pos" (arrow tips, which start with "s," or "e,", are skipped). */
	static List<Bend> corners(String pos, double top, int margin) {
		List<double[]> points = new ArrayList<>();
		for (String token : pos.trim().split("\\s+")) {
			if (!token.startsWith("s,") && !token.startsWith("e,") && !token.isEmpty()) {
				String[] xy = token.split(",");
				points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
			}
		}
		List<Bend> corners = new ArrayList<>();
		for (int i = 0; i < points.size(); i += 3) {
			Bend bend = new Bend((int) Math.round(points.get(i)[0]) + margin, (int) Math.round(top - points.get(i)[1]) + margin);
			if (corners.isEmpty() || !corners.get(corners.size() - 1).equals(bend)) {
				corners.add(bend);
			}
		}
		return corners;
	}
}
