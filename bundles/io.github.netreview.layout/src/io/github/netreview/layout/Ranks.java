package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.model.notation.Node;

/**
 * Which row of the drawing each placed box goes in. Every box hangs from its neighbour of the highest tier above its
 * own; the boxes hanging from one box in the same container wrap into rows under it, so many endpoints make a block
 * rather than one long row, and blocks of blocks (access switches with their endpoints under a distribution switch)
 * wrap the same way. No box goes higher than the first row of its tier.
 */
final class Ranks {

	/** The width over height the whole drawing aims at, about an editor's or a screen's. */
	static final double ASPECT = 1.6;
	/** The width over height tried for each wrapped block, the one whose drawing comes closest to {@link #ASPECT} kept. */
	private static final double[] BLOCK_ASPECTS = { 0.3, 0.45, 0.6, 0.8, 1.0, 1.3, 1.6, 2.2, 3.0, 4.5 };

	/** So few blocks with boxes of their own hanging from them stay side by side. */
	private static final int FEW_BLOCKS = 4;

	private final LeafGraph graph;
	private final Map<Node, Tier> tiers;
	private final double gap;
	private final double pitch;
	private final Map<Node, List<Row>> groups = new HashMap<>();
	private final Map<Node, double[]> extent = new HashMap<>();
	private double blockAspect;
	private int treesPerBand = 1;
	final Map<Node, Integer> rank = new LinkedHashMap<>();
	/** Pairs of boxes one above the other in a wrapped block: {above, below}. */
	final List<Node[]> columns = new ArrayList<>();
	/** Every wrapped block: the box it hangs from and its rows, top first. */
	final List<Block> blocks = new ArrayList<>();

	private Ranks(LeafGraph graph, Map<Node, Tier> tiers, double gap, double pitch) {
		this.graph = graph;
		this.tiers = tiers;
		this.gap = gap;
		this.pitch = pitch;
	}

	/** The ranks of {@code graph}'s boxes; {@code gap} is the room beside a box and {@code pitch} the height of a row. */
	static Ranks of(LeafGraph graph, Map<Node, Tier> tiers, double gap, double pitch) {
		Ranks ranks = new Ranks(graph, tiers, gap, pitch);
		ranks.compute();
		return ranks;
	}

	private void compute() {
		List<Node> byTier = new ArrayList<>(graph.leaves);
		byTier.sort(Comparator.comparing((Node n) -> tiers.get(n)).thenComparing(graph.order::get));
		Map<Node, List<Node>> children = new LinkedHashMap<>();
		Map<Node, Node> treeOf = new HashMap<>();
		List<Node> roots = new ArrayList<>();
		for (Node leaf : byTier) {
			Node parent = parentOf(leaf);
			if (parent == null) {
				roots.add(leaf);
				treeOf.put(leaf, leaf);
			} else {
				children.computeIfAbsent(parent, p -> new ArrayList<>()).add(leaf);
				treeOf.put(leaf, treeOf.get(parent));
			}
		}
		List<Node> trees = roots.stream().filter(children::containsKey).toList();
		double best = BLOCK_ASPECTS[0];
		double bestScore = Double.MAX_VALUE;
		for (double aspect : BLOCK_ASPECTS) {
			double score = Math.abs(Math.log(measureAll(aspect, byTier, children, roots, trees) / ASPECT));
			if (score < bestScore) {
				bestScore = score;
				best = aspect;
			}
		}
		measureAll(best, byTier, children, roots, trees);
		Map<Node, Integer> bandOf = new HashMap<>();
		for (int i = 0; i < trees.size(); i++) {
			bandOf.put(trees.get(i), i / treesPerBand);
		}
		for (Node root : roots) {
			bandOf.computeIfAbsent(root, r -> graph.neighbours.get(r).stream().map(n -> bandOf.get(treeOf.get(n))).filter(b -> b != null)
					.findFirst().orElse(0));
		}
		int[] first = firstRanks();
		int offset = 0;
		for (int band = 0; band <= Math.max(0, trees.size() - 1) / treesPerBand; band++) {
			int deepest = offset;
			for (Node leaf : byTier) {
				if (bandOf.get(treeOf.get(leaf)) == band) {
					if (treeOf.get(leaf) == leaf) {
						rank.put(leaf, first[tiers.get(leaf).ordinal()] + offset);
					}
					place(leaf, first, offset);
					deepest = Math.max(deepest, rank.get(leaf));
				}
			}
			offset = deepest + 1;
		}
	}

	/**
	 * Wraps every block aiming at {@code aspect}, bands the trees (roots with boxes hanging from them) so that the whole
	 * comes closest to {@link #ASPECT}, and returns the width over height the drawing would then have. Roots with
	 * nothing hanging from them count in the first band.
	 */
	private double measureAll(double aspect, List<Node> byTier, Map<Node, List<Node>> children, List<Node> roots, List<Node> trees) {
		blockAspect = aspect;
		groups.clear();
		extent.clear();
		for (int i = byTier.size() - 1; i >= 0; i--) {
			measure(byTier.get(i), children.getOrDefault(byTier.get(i), List.of()));
		}
		double lone = roots.stream().filter(root -> !children.containsKey(root)).mapToDouble(root -> extent.get(root)[0]).sum();
		double bestRatio = lone / pitch;
		double bestScore = Double.MAX_VALUE;
		for (int perBand = 1; perBand <= Math.max(1, trees.size()); perBand++) {
			double width = lone;
			double height = 1;
			for (int i = 0; i < trees.size(); i += perBand) {
				double bandWidth = i == 0 ? lone : 0;
				double bandHeight = 0;
				for (Node tree : trees.subList(i, Math.min(trees.size(), i + perBand))) {
					bandWidth += extent.get(tree)[0];
					bandHeight = Math.max(bandHeight, extent.get(tree)[1]);
				}
				width = Math.max(width, bandWidth);
				height = i == 0 ? bandHeight : height + bandHeight;
			}
			double ratio = width / Math.max(1, height * pitch);
			double score = Math.abs(Math.log(ratio / ASPECT));
			if (score < bestScore) {
				bestScore = score;
				bestRatio = ratio;
				treesPerBand = perBand;
			}
		}
		return bestRatio;
	}

	private Node parentOf(Node leaf) {
		Tier own = tiers.get(leaf);
		Node best = null;
		for (Node n : graph.neighbours.get(leaf)) {
			Tier tier = tiers.get(n);
			if (tier.compareTo(own) < 0 && (best == null || tier.compareTo(tiers.get(best)) < 0
					|| tier == tiers.get(best) && graph.order.get(n) < graph.order.get(best))) {
				best = n;
			}
		}
		return best;
	}

	/**
	 * Wraps the boxes hanging from {@code leaf} into rows, per container and tier, lays those blocks out in bands the
	 * same way, and sizes what they make together.
	 */
	private void measure(Node leaf, List<Node> hanging) {
		Map<List<Object>, List<Node>> byContainer = new LinkedHashMap<>();
		for (Node child : hanging) {
			byContainer.computeIfAbsent(List.of(child.eContainer(), tiers.get(child)), k -> new ArrayList<>()).add(child);
		}
		List<List<List<Node>>> blocks = new ArrayList<>();
		List<double[]> sizes = new ArrayList<>();
		for (List<Node> group : byContainer.values()) {
			List<List<Node>> rows = wrap(group);
			blocks.add(rows);
			sizes.add(size(rows));
		}
		List<List<Integer>> bands = bands(sizes);
		List<Row> placed = new ArrayList<>();
		double width = 0;
		int height = 0;
		for (List<Integer> band : bands) {
			double bandWidth = 0;
			int bandHeight = 0;
			for (int b : band) {
				int offset = 0;
				for (List<Node> row : blocks.get(b)) {
					placed.add(new Row(row, b, height, offset));
					offset += (int) rowHeight(row);
				}
				bandWidth += sizes.get(b)[0];
				bandHeight = Math.max(bandHeight, (int) sizes.get(b)[1]);
			}
			width = Math.max(width, bandWidth);
			height += bandHeight;
		}
		if (!placed.isEmpty()) {
			groups.put(leaf, placed);
		}
		extent.put(leaf, new double[] { Math.max(leaf.getWidth() + gap, width), 1 + height });
	}

	/** The bands of blocks (by index) that bring their whole closest to the block aspect being tried. */
	private List<List<Integer>> bands(List<double[]> sizes) {
		List<List<Integer>> best = List.of();
		double bestScore = Double.MAX_VALUE;
		for (int perBand = 1; perBand <= sizes.size(); perBand++) {
			List<List<Integer>> bands = new ArrayList<>();
			double width = 0;
			double height = 0;
			for (int i = 0; i < sizes.size(); i += perBand) {
				List<Integer> band = new ArrayList<>();
				double bandWidth = 0;
				double bandHeight = 0;
				for (int b = i; b < Math.min(sizes.size(), i + perBand); b++) {
					band.add(b);
					bandWidth += sizes.get(b)[0];
					bandHeight = Math.max(bandHeight, sizes.get(b)[1]);
				}
				bands.add(band);
				width = Math.max(width, bandWidth);
				height += bandHeight;
			}
			double score = Math.abs(Math.log(width / (height * pitch) / blockAspect));
			if (score < bestScore) {
				bestScore = score;
				best = bands;
			}
		}
		return best;
	}

	/**
	 * The rows that bring a group's block closest to the block aspect being tried; endpoints take at least as many
	 * columns as rows, and four or more take two rows or more.
	 */
	private List<List<Node>> wrap(List<Node> group) {
		if (group.size() <= FEW_BLOCKS && group.stream().anyMatch(groups::containsKey)) {
			return List.of(group);
		}
		boolean leaves = group.stream().noneMatch(groups::containsKey);
		int n = group.size();
		int square = (int) Math.ceil(Math.sqrt(n));
		int fewest = leaves ? square : 1;
		int most = leaves && n >= FEW_BLOCKS ? Math.max(square, (n + 1) / 2) : n;
		List<List<Node>> best = null;
		double bestScore = Double.MAX_VALUE;
		for (int perRow = fewest; perRow <= most; perRow++) {
			List<List<Node>> rows = new ArrayList<>();
			for (int i = 0; i < group.size(); i += perRow) {
				rows.add(group.subList(i, Math.min(group.size(), i + perRow)));
			}
			double[] size = size(rows);
			double score = Math.abs(Math.log(size[0] / (size[1] * pitch) / blockAspect));
			if (score < bestScore) {
				bestScore = score;
				best = rows;
			}
		}
		return best;
	}

	/** {width in pixels, height in ranks} of rows of blocks. */
	private double[] size(List<List<Node>> rows) {
		double width = 0;
		double height = 0;
		for (List<Node> row : rows) {
			width = Math.max(width, row.stream().mapToDouble(node -> extent.get(node)[0]).sum());
			height += rowHeight(row);
		}
		return new double[] { width, height };
	}

	private double rowHeight(List<Node> row) {
		return row.stream().mapToDouble(node -> extent.get(node)[1]).max().orElse(0);
	}

	/** The first rank of each tier: tiers without boxes take no rank. */
	private int[] firstRanks() {
		int[] first = new int[Tier.values().length];
		int next = 0;
		for (Tier tier : Tier.values()) {
			first[tier.ordinal()] = next;
			if (tiers.containsValue(tier)) {
				next++;
			}
		}
		return first;
	}

	private void place(Node leaf, int[] first, int offset) {
		Map<Integer, Integer> base = new HashMap<>();
		Map<Integer, List<Node>> previous = new HashMap<>();
		Map<Integer, Block> own = new LinkedHashMap<>();
		for (Row row : groups.getOrDefault(leaf, List.of())) {
			own.computeIfAbsent(row.block(), b -> new Block(leaf, new ArrayList<>())).rows().add(row.nodes());
			int tierFirst = first[tiers.get(row.nodes().get(0)).ordinal()] + offset;
			int at = base.computeIfAbsent(row.block(), b -> Math.max(rank.get(leaf) + 1 + row.band(), tierFirst)) + row.offset();
			List<Node> above = previous.get(row.block());
			for (int i = 0; i < row.nodes().size(); i++) {
				rank.put(row.nodes().get(i), at);
				if (above != null && i < above.size()) {
					columns.add(new Node[] { above.get(i), row.nodes().get(i) });
				}
			}
			previous.put(row.block(), row.nodes());
		}
		blocks.addAll(own.values());
	}

	/** The boxes of one container and tier hanging from {@code parent}, wrapped into rows. */
	record Block(Node parent, List<List<Node>> rows) {
	}

	/** One row of a wrapped block: its boxes, which block, the block's band's first rank and the row's below that. */
	private record Row(List<Node> nodes, int block, int band, int offset) {
	}
}
