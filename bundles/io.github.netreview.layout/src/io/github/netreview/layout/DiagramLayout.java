package io.github.netreview.layout;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

import guru.nidi.graphviz.engine.Format;

/**
 * Lays out a diagram with graphviz {@code dot} (sites and zones as nested clusters, tiers top-down, links routed around boxes) and, when dot cannot run, with the
 * nested-rows fallback; the plan names the engine that ran. {@link #prepare} reads the diagram (on the thread that
 * owns it); {@link Prepared#compute} then runs anywhere, touching nothing of the model.
 */
public final class DiagramLayout {

	/** Room left around the whole drawing. */
	static final int MARGIN = 10;

	private DiagramLayout() {
	}

	/** The graphviz graph dot lays the diagram out from (sites and zones as nested clusters), deterministic. */
	public static String dotOf(Diagram diagram) {
		return DotWriter.write(diagram).text();
	}

	/** A graph in DOT rendered by dot to SVG (without the XML prologue), or a short note when dot cannot run. */
	public static String renderSvg(String dot) {
		try {
			String svg = DotEngine.render(dot, null, Format.SVG);
			int start = svg.indexOf("<svg");
			return start < 0 ? svg : svg.substring(start);
		} catch (RuntimeException e) {
			return "<p>(graphviz dot could not run: " + firstLine(e).replace("<", "&lt;") + ")</p>";
		}
	}

	/** Lays out {@code diagram} now, on this thread. */
	public static LayoutPlan layout(Diagram diagram) {
		return prepare(diagram).compute();
	}

	/** Everything the layout needs from the diagram, taken now. */
	public static Prepared prepare(Diagram diagram) {
		return prepare(diagram, null);
	}

	static Prepared prepare(Diagram diagram, String dotSearchPath) {
		long start = System.nanoTime();
		DotWriter.Result graph = DotWriter.write(diagram);
		Map<Node, Node> parents = new IdentityHashMap<>();
		graph.names().keySet().forEach(node -> parents.put(node, node.eContainer() instanceof Node parent ? parent : null));
		graph.combs().values().forEach(comb -> parents.put(comb.endpoint(), (Node) comb.endpoint().eContainer()));
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Diagram copy = (Diagram) copier.copy(diagram);
		Map<Node, Node> originals = new IdentityHashMap<>();
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			if (entry.getKey() instanceof Node original) {
				originals.put((Node) entry.getValue(), original);
			}
		}
		return new Prepared(graph, parents, List.copyOf(diagram.getEdges()), copy, originals, dotSearchPath, start);
	}

	/** A diagram's layout ready to compute off the thread that owns the model. */
	public static final class Prepared {
		private final DotWriter.Result graph;
		private final Map<Node, Node> parents;
		private final List<Edge> allEdges;
		private final Diagram copy;
		private final Map<Node, Node> originals;
		private final String dotSearchPath;
		private final long start;

		private Prepared(DotWriter.Result graph, Map<Node, Node> parents, List<Edge> allEdges, Diagram copy, Map<Node, Node> originals,
				String dotSearchPath, long start) {
			this.graph = graph;
			this.parents = parents;
			this.allEdges = allEdges;
			this.copy = copy;
			this.originals = originals;
			this.dotSearchPath = dotSearchPath;
			this.start = start;
		}

		/** The plan, by dot when it runs, else by nested rows; bounds are keyed by the original diagram's nodes. */
		public LayoutPlan compute() {
			Map<Node, Bounds> bounds;
			Map<Edge, List<Bend>> routes = new HashMap<>();
			allEdges.forEach(edge -> routes.put(edge, List.of()));
			String engine;
			try {
				JsonObject json = JsonParser.parseString(DotEngine.layout(graph.text(), dotSearchPath)).getAsJsonObject();
				Map<String, Bounds> absolute = absolute(json);
				bounds = relative(absolute, graph, parents);
				routes.putAll(EdgeRoutes.fromJson(json, graph.edges(), graph.reversed(), MARGIN));
				routes.putAll(combs(graph, absolute, EdgeRoutes.byId(json, MARGIN)));
				RouteRepair.repair(routes, bounds, parents);
				engine = "dot";
			} catch (RuntimeException e) {
				bounds = new LinkedHashMap<>();
				for (Map.Entry<Node, Bounds> placed : RowsLayout.of(copy).entrySet()) {
					bounds.put(originals.get(placed.getKey()), placed.getValue());
				}
				engine = "nested rows (dot could not run: " + firstLine(e) + ")";
			}
			return new LayoutPlan(engine, bounds, routes, (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** The height most placed boxes have, for sizing rows: the median, or a device's default with none. */
	static double typicalHeight(java.util.Collection<Node> leaves) {
		int[] heights = leaves.stream().mapToInt(Node::getHeight).filter(h -> h > 0).sorted().toArray();
		return heights.length == 0 ? 60 : heights[heights.length / 2];
	}

	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	/** Every dot node's and cluster's box on the page, by name, from dot's positions (origin bottom left, in points). */
	static Map<String, Bounds> absolute(JsonObject json) {
		double top = numbers(json.get("bb"))[3];
		Map<String, Bounds> absolute = new HashMap<>();
		JsonElement objects = json.get("objects");
		if (objects != null) {
			for (JsonElement element : objects.getAsJsonArray()) {
				JsonObject object = element.getAsJsonObject();
				String name = object.get("name").getAsString();
				if (object.has("bb")) {
					double[] bb = numbers(object.get("bb"));
					absolute.put(name, box(bb[0], top - bb[3], bb[2] - bb[0], bb[3] - bb[1]));
				} else if (object.has("pos")) {
					double[] pos = numbers(object.get("pos"));
					double width = object.get("width").getAsDouble() * DotWriter.POINTS_PER_INCH;
					double height = object.get("height").getAsDouble() * DotWriter.POINTS_PER_INCH;
					absolute.put(name, box(pos[0] - width / 2, top - pos[1] - height / 2, width, height));
				}
			}
		}
		return absolute;
	}

	/** Bounds relative to each node's container; an endpoint folded into a block sits where the block puts it. */
	static Map<Node, Bounds> relative(Map<String, Bounds> absolute, DotWriter.Result graph, Map<Node, Node> parents) {
		Map<Node, Bounds> placed = new LinkedHashMap<>();
		graph.names().forEach((node, name) -> {
			if (absolute.containsKey(name)) {
				placed.put(node, absolute.get(name));
			}
		});
		graph.combs().values().forEach(comb -> {
			EndpointBlocks.Member member = graph.blocks().member(comb.endpoint());
			Bounds row = absolute.get(member.block().rows().get(member.row()));
			if (row != null) {
				placed.put(comb.endpoint(), new Bounds(row.x() + member.x(), row.y() + member.y(), member.width(), member.height()));
			}
		});
		Map<Node, Bounds> relative = new LinkedHashMap<>();
		placed.forEach((node, own) -> {
			Node container = parents.get(node);
			Bounds parent = container == null ? null : placed.get(container);
			int x = parent == null ? own.x() + MARGIN : own.x() - parent.x();
			int y = parent == null ? own.y() + MARGIN : own.y() - parent.y();
			relative.put(node, new Bounds(x, y, own.width(), own.height()));
		});
		return relative;
	}

	/** The route of every link to a folded box: dot's route to its block's first row, then the block's comb to the box. */
	private static Map<Edge, List<Bend>> combs(DotWriter.Result graph, Map<String, Bounds> absolute, Map<String, List<Bend>> dotRoutes) {
		Map<Edge, List<Bend>> routes = new HashMap<>();
		graph.combs().forEach((edge, comb) -> {
			EndpointBlocks.Member member = graph.blocks().member(comb.endpoint());
			List<Bounds> rows = member.block().rows().stream().map(absolute::get).toList();
			if (!rows.contains(null)) {
				List<Bounds> shifted = rows.stream().map(b -> new Bounds(b.x() + MARGIN, b.y() + MARGIN, b.width(), b.height())).toList();
				List<Bend> route = EndpointBlocks.comb(member, dotRoutes.getOrDefault(comb.dotEdge(), List.of()), shifted, comb.parallel());
				routes.put(edge, comb.fromEndpoint() ? route.reversed() : route);
			}
		});
		return routes;
	}

	private static Bounds box(double x, double y, double width, double height) {
		return new Bounds((int) Math.round(x), (int) Math.round(y), (int) Math.round(width), (int) Math.round(height));
	}

	private static double[] numbers(JsonElement text) {
		return List.of(text.getAsString().split(",")).stream().mapToDouble(Double::parseDouble).toArray();
	}
}
