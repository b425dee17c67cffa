package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.notation.Node;

/**
 * The wrapped blocks whose rows dot places as one box each: boxes whose only neighbour is the switch they hang from,
 * laid out here in equal cells. Dot then has a few hundred boxes to place instead of thousands, and each box's link is
 * dot's route to the block's first row followed by a comb: along the lane above the first row, down a spine left of
 * the rows, along the gap above the box's row and into its top.
 */
final class EndpointBlocks {

	/** Room left and right of the cells, where the spine runs. */
	static final int SIDE = (int) DotWriter.NODE_GAP;
	/** The strip above the first row, whose middle is the lane every link of the block enters by. */
	static final int TOP = 18;
	/** How far above a later row its lane runs, inside the gap dot leaves between rows. */
	static final int ROW_LANE = 12;
	/** How far apart parallel links to one box run. */
	private static final int PARALLEL = 5;

	private final Map<Node, Member> members = new IdentityHashMap<>();
	private final List<Folded> folded = new ArrayList<>();

	/** One folded block: the box it hangs from, and the dot name, width and height of each of its rows. */
	record Folded(Node parent, List<String> rows, int width, List<Integer> heights) {
	}

	/** Where a box sits in its block: the block, its row, and its box relative to that row's. */
	record Member(Folded block, int row, int x, int y, int width, int height) {
	}

	private EndpointBlocks() {
	}

	/**
	 * The blocks of {@code ranks} worth folding: two or more boxes, each linked to nothing but the one they hang from
	 * (endpoints under their switch, or access switches with their endpoints folded in under a distribution switch).
	 */
	static EndpointBlocks of(Ranks ranks, LeafGraph graph) {
		EndpointBlocks blocks = new EndpointBlocks();
		for (Ranks.Block block : ranks.blocks) {
			List<Node> all = block.rows().stream().flatMap(List::stream).toList();
			if (all.size() >= 2 && all.stream().allMatch(n -> graph.neighbours.get(n).equals(Set.of(block.parent())))) {
				blocks.fold(block);
			}
		}
		return blocks;
	}

	private void fold(Ranks.Block block) {
		int cellWidth = 0;
		int cellHeight = 0;
		int columns = 0;
		for (List<Node> row : block.rows()) {
			columns = Math.max(columns, row.size());
			for (Node node : row) {
				int[] size = NodeSizes.fit(node);
				cellWidth = Math.max(cellWidth, size[0]);
				cellHeight = Math.max(cellHeight, size[1]);
			}
		}
		int gap = (int) DotWriter.NODE_GAP;
		List<String> names = new ArrayList<>();
		List<Integer> heights = new ArrayList<>();
		for (int r = 0; r < block.rows().size(); r++) {
			names.add("b" + folded.size() + "_" + r);
			heights.add(cellHeight + (r == 0 ? TOP : 0));
		}
		Folded into = new Folded(block.parent(), names, 2 * SIDE + columns * cellWidth + (columns - 1) * gap, heights);
		folded.add(into);
		for (int r = 0; r < block.rows().size(); r++) {
			List<Node> row = block.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				int[] size = NodeSizes.fit(row.get(c));
				int x = SIDE + c * (cellWidth + gap) + (cellWidth - size[0]) / 2;
				members.put(row.get(c), new Member(into, r, x, r == 0 ? TOP : 0, size[0], size[1]));
			}
		}
	}

	/** The block {@code node} is folded into, or null. */
	Member member(Node node) {
		return members.get(node);
	}

	/**
	 * The route from the block's switch to {@code member}: {@code entry}, dot's route to the block's first row, then the
	 * comb into the box's top; {@code rows} are where dot put the block's rows (in route coordinates), {@code parallel}
	 * counts the links before this one between the same two boxes.
	 */
	static List<Bend> comb(Member member, List<Bend> entry, List<Bounds> rows, int parallel) {
		List<Bend> route = new ArrayList<>(entry);
		int shift = parallel * PARALLEL;
		Bounds first = rows.get(0);
		Bounds own = rows.get(member.row());
		int lane = first.y() + TOP / 2;
		Bend door = entry.isEmpty() ? new Bend(first.x() + first.width() / 2, first.y()) : entry.get(entry.size() - 1);
		route.add(door);
		int centre = own.x() + member.x() + member.width() / 2 + shift;
		route.add(new Bend(door.x(), lane));
		if (member.row() > 0) {
			int spine = rows.subList(0, member.row() + 1).stream().mapToInt(Bounds::x).min().orElseThrow() + SIDE / 2 + shift;
			int rowLane = own.y() - ROW_LANE;
			route.add(new Bend(spine, lane));
			route.add(new Bend(spine, rowLane));
			route.add(new Bend(centre, rowLane));
		} else {
			route.add(new Bend(centre, lane));
		}
		route.add(new Bend(centre, own.y() + member.y()));
		List<Bend> distinct = new ArrayList<>();
		for (Bend bend : route) {
			if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(bend)) {
				distinct.add(bend);
			}
		}
		return distinct;
	}
}
