package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Dinic's maximum flow against a brute force over every set of unit arcs on small random graphs. */
class MaxFlowTest {

	@Test
	void twoDisjointPathsNeedTwoCuts() {
		MaxFlow flow = new MaxFlow(4, 4);
		flow.arc(0, 1, 1);
		flow.arc(0, 2, 1);
		flow.arc(1, 3, 1);
		flow.arc(2, 3, 1);
		assertEquals(2, flow.run(0, 3, MaxFlow.INFINITE));
		boolean[] side = flow.sourceSide(0);
		assertTrue(side[0]);
		assertFalse(side[3]);
	}

	@Property(tries = 200)
	void minimumCutEqualsTheFewestArcsWhoseRemovalSeparates(@ForAll @IntRange(min = 3, max = 7) int nodes,
			@ForAll @IntRange(min = 0, max = 12) int arcCount, @ForAll long seed) {
		Random random = new Random(seed);
		List<int[]> arcs = new ArrayList<>();
		for (int i = 0; i < arcCount; i++) {
			arcs.add(new int[] { random.nextInt(nodes), random.nextInt(nodes) });
		}
		MaxFlow flow = new MaxFlow(nodes, arcCount);
		int[] ids = new int[arcCount];
		for (int i = 0; i < arcCount; i++) {
			ids[i] = flow.arc(arcs.get(i)[0], arcs.get(i)[1], 1);
		}
		int t = nodes - 1;
		long value = flow.run(0, t, MaxFlow.INFINITE);
		assertEquals(bruteForceCut(nodes, arcs, t), value);
		boolean[] side = flow.sourceSide(0);
		List<int[]> kept = new ArrayList<>();
		int crossing = 0;
		for (int i = 0; i < arcCount; i++) {
			if (side[flow.from(ids[i])] && !side[flow.to(ids[i])]) {
				crossing++;
			} else {
				kept.add(arcs.get(i));
			}
		}
		assertEquals(value, crossing, "the cut has as many arcs as the flow");
		assertFalse(reaches(nodes, kept, t), "removing the cut separates s from t");
	}

	private static int bruteForceCut(int nodes, List<int[]> arcs, int t) {
		int best = Integer.MAX_VALUE;
		for (int mask = 0; mask < 1 << arcs.size(); mask++) {
			List<int[]> kept = new ArrayList<>();
			for (int i = 0; i < arcs.size(); i++) {
				if ((mask & 1 << i) == 0) {
					kept.add(arcs.get(i));
				}
			}
			if (!reaches(nodes, kept, t)) {
				best = Math.min(best, Integer.bitCount(mask));
			}
		}
		return best;
	}

	private static boolean reaches(int nodes, List<int[]> arcs, int t) {
		boolean[] seen = new boolean[nodes];
		seen[0] = true;
		for (boolean grew = true; grew;) {
			grew = false;
			for (int[] arc : arcs) {
				if (seen[arc[0]] && !seen[arc[1]]) {
					seen[arc[1]] = true;
					grew = true;
				}
			}
		}
		return seen[t];
	}
}
