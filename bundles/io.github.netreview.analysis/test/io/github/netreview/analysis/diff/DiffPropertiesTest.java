package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.forwarding.RandomTopologiesAccess;
import io.github.netreview.model.topology.Network;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** On random networks: a network against its copy changes nothing, and swapping the versions swaps every change. */
class DiffPropertiesTest {

	@Property(tries = 40)
	void aNetworkAgainstItsCopyChangesNothing(@ForAll long seed) {
		Network network = RandomTopologiesAccess.generate(seed);
		NetworkDiff diff = NetworkDiff.of(network, EcoreUtil.copy(network), ANALYZER);
		assertTrue(diff.isEmpty(), () -> "seed " + seed + ": " + DiffText.all(diff));
	}

	@Property(tries = 40)
	void swappingTheVersionsSwapsTheChanges(@ForAll long seedA, @ForAll long seedB) {
		Network a = RandomTopologiesAccess.generate(seedA);
		Network b = RandomTopologiesAccess.generate(seedB);
		NetworkDiff forth = NetworkDiff.of(a, b, ANALYZER);
		NetworkDiff back = NetworkDiff.of(b, a, ANALYZER);
		String what = "seeds " + seedA + ", " + seedB;
		assertEquals(forth.elements().changes().stream().map(DiffPropertiesTest::reversed).map(DiffPropertiesTest::comparable).toList(),
				back.elements().changes().stream().map(DiffPropertiesTest::comparable).toList(), what);
		assertEquals(keys(forth.findings(), FindingDelta.Status.NEW), keys(back.findings(), FindingDelta.Status.FIXED), what);
		assertEquals(keys(forth.findings(), FindingDelta.Status.FIXED), keys(back.findings(), FindingDelta.Status.NEW), what);
		assertEquals(keys(forth.findings(), FindingDelta.Status.CHANGED), keys(back.findings(), FindingDelta.Status.CHANGED), what);
		assertEquals(forth.findings().with(FindingDelta.Status.CHANGED).stream().map(e -> e.differences().stream()
				.map(d -> new FindingDelta.Difference(d.aspect(), d.after(), d.before())).toList()).toList(),
				back.findings().with(FindingDelta.Status.CHANGED).stream().map(FindingDelta.Entry::differences).toList(), what);
		assertEquals(forth.zoneMatrix().changes().stream().map(c -> new MatrixDelta.CellChange(c.fromId(), c.fromName(), c.toId(), c.toName(),
				c.after(), c.before())).map(c -> c.fromId() + c.toId() + c.before() + c.after()).toList(),
				back.zoneMatrix().changes().stream().map(c -> c.fromId() + c.toId() + c.before() + c.after()).toList(), what);
		assertEquals(forth.coverage().changes().stream().map(c -> new CoverageDelta.GapChange(c.kind(), c.after(), c.before(), c.resolved(),
				c.added())).toList(), back.coverage().changes(), what);
	}

	private static ElementChange reversed(ElementChange change) {
		ElementChange.Kind kind = switch (change.kind()) {
		case ADDED -> ElementChange.Kind.REMOVED;
		case REMOVED -> ElementChange.Kind.ADDED;
		default -> change.kind();
		};
		List<FeatureChange> features = change.features().stream().map(f -> new FeatureChange(f.feature(), f.after(), f.before())).toList();
		return new ElementChange(kind, change.type(), change.id(), change.label(), features);
	}

	/** The change without its label, which names the element as the new version does (and the network without its id). */
	private static String comparable(ElementChange change) {
		return DiffText.line(change.type().equals("Network") ? new ElementChange(change.kind(), change.type(), "", "", change.features()) : change);
	}

	private static List<FindingKey> keys(FindingDelta delta, FindingDelta.Status status) {
		return delta.with(status).stream().map(FindingDelta.Entry::key).toList();
	}
}
