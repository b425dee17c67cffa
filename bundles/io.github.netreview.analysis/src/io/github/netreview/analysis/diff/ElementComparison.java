package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.ModelDiff.CONTAINER;
import static io.github.netreview.analysis.diff.ModelDiff.SEGMENTS;
import static io.github.netreview.model.topology.TopologyPackage.Literals.DEVICE__ROLE;
import static io.github.netreview.model.topology.TopologyPackage.Literals.DEVICE__SITE;
import static io.github.netreview.model.topology.TopologyPackage.Literals.DEVICE__ZONE;
import static io.github.netreview.model.topology.TopologyPackage.Literals.FIREWALL_POLICY__DEFAULT_ACTION;
import static io.github.netreview.model.topology.TopologyPackage.Literals.FIREWALL_POLICY__RULES;
import static io.github.netreview.model.topology.TopologyPackage.Literals.FIREWALL_RULE__ACTION;
import static io.github.netreview.model.topology.TopologyPackage.Literals.IDENTIFIED__ID;
import static io.github.netreview.model.topology.TopologyPackage.Literals.INTERFACE__ACCESS_VLAN;
import static io.github.netreview.model.topology.TopologyPackage.Literals.SEGMENT__SITE;
import static io.github.netreview.model.topology.TopologyPackage.Literals.SEGMENT__ZONE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;

/**
 * The comparison of two indexed versions of a network behind {@link ModelDiff}: each element of both compared feature
 * by feature, the features that place it apart from the others.
 */
record ElementComparison(ElementIndex base, ElementIndex now, Function<Device, List<Segment>> basePlacement,
		Function<Device, List<Segment>> nowPlacement) {

	/** The features that place an element: a change of one is a move. */
	private static final Set<EStructuralFeature> MOVES = Set.of(DEVICE__ZONE, DEVICE__SITE, INTERFACE__ACCESS_VLAN, SEGMENT__ZONE,
			SEGMENT__SITE);

	/** Containments of elements whose order means something: first match wins. */
	static final Set<EStructuralFeature> ORDERED = Set.of(FIREWALL_POLICY__RULES);

	/** Listed for an added or removed element even at their default, as a model file writes them. */
	private static final Set<EStructuralFeature> ALWAYS_SHOWN = Set.of(DEVICE__ROLE, FIREWALL_RULE__ACTION, FIREWALL_POLICY__DEFAULT_ACTION);

	/** The changes, unordered. */
	List<ElementChange> changes() {
		List<ElementChange> changes = new ArrayList<>();
		for (ElementIndex.Entry was : base.entries()) {
			ElementIndex.Entry is = now.get(was.key());
			if (is == null || is.element().eClass() != was.element().eClass()) {
				changes.add(whole(ElementChange.Kind.REMOVED, was));
			}
		}
		for (ElementIndex.Entry is : now.entries()) {
			ElementIndex.Entry was = base.get(is.key());
			if (was == null || is.element().eClass() != was.element().eClass()) {
				changes.add(whole(ElementChange.Kind.ADDED, is));
			} else {
				compare(was, is, changes);
			}
		}
		return changes;
	}

	/** An added or removed element with the values it was given. */
	static ElementChange whole(ElementChange.Kind kind, ElementIndex.Entry entry) {
		EObject element = entry.element();
		List<FeatureChange> features = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature != IDENTIFIED__ID && compared(feature) && !ORDERED.contains(feature)
					&& (element.eIsSet(feature) || ALWAYS_SHOWN.contains(feature))) {
				String text = FeatureValues.text(element, feature);
				if (text != null) {
					features.add(kind == ElementChange.Kind.ADDED ? new FeatureChange(feature.getName(), null, text)
							: new FeatureChange(feature.getName(), text, null));
				}
			}
		}
		return change(kind, entry, features);
	}

	private void compare(ElementIndex.Entry was, ElementIndex.Entry is, List<ElementChange> changes) {
		List<FeatureChange> moves = new ArrayList<>();
		List<FeatureChange> others = new ArrayList<>();
		for (EStructuralFeature feature : is.element().eClass().getEAllStructuralFeatures()) {
			if (ORDERED.contains(feature)) {
				FeatureChange order = order((EReference) feature, was, is);
				if (order != null) {
					others.add(order);
				}
			} else if (compared(feature) && (feature != IDENTIFIED__ID || is.key().equals(ElementIndex.ROOT))) {
				if (!Objects.equals(FeatureValues.key(was.element(), feature, base), FeatureValues.key(is.element(), feature, now))) {
					(MOVES.contains(feature) ? moves : others).add(new FeatureChange(feature.getName(),
							FeatureValues.text(was.element(), feature), FeatureValues.text(is.element(), feature)));
				}
			}
		}
		if (!Objects.equals(was.containerKey(), is.containerKey()) || !Objects.equals(was.feature(), is.feature())) {
			moves.add(new FeatureChange(CONTAINER, ElementLabels.describe(was.element().eContainer()),
					ElementLabels.describe(is.element().eContainer())));
		}
		FeatureChange segments = segments(was.element(), is.element());
		if (segments != null) {
			moves.add(segments);
		}
		if (!moves.isEmpty()) {
			changes.add(change(ElementChange.Kind.MOVED, is, moves));
		}
		if (!others.isEmpty()) {
			changes.add(change(ElementChange.Kind.CHANGED, is, others));
		}
	}

	/** The order of the elements held in both versions, when it changed, by key. */
	private FeatureChange order(EReference feature, ElementIndex.Entry was, ElementIndex.Entry is) {
		List<String> before = keysIn(was.element(), feature, base);
		List<String> after = keysIn(is.element(), feature, now);
		List<String> beforeCommon = before.stream().filter(after::contains).toList();
		List<String> afterCommon = after.stream().filter(before::contains).toList();
		return beforeCommon.equals(afterCommon) ? null
				: new FeatureChange(feature.getName(), String.join(", ", beforeCommon), String.join(", ", afterCommon));
	}

	static List<String> keysIn(EObject container, EReference feature, ElementIndex index) {
		return ((List<?>) container.eGet(feature)).stream().map(child -> index.keyOf((EObject) child)).toList();
	}

	/** An end host's move between segments, or null when it is in the same ones (or this is no end host). */
	private FeatureChange segments(EObject was, EObject is) {
		if (basePlacement == null || nowPlacement == null || !(was instanceof Device before) || !(is instanceof Device after)
				|| NetworkEquipment.is(before) || NetworkEquipment.is(after)) {
			return null;
		}
		List<Segment> old = sorted(basePlacement.apply(before));
		List<Segment> current = sorted(nowPlacement.apply(after));
		if (keys(old, base).equals(keys(current, now))) {
			return null;
		}
		return new FeatureChange(SEGMENTS, text(old), text(current));
	}

	/** Segments as a {@value ModelDiff#SEGMENTS} value: each described, joined; null when there is none. */
	static String text(List<Segment> segments) {
		return segments.isEmpty() ? null : String.join("; ", segments.stream().map(ElementLabels::describe).toList());
	}

	static List<Segment> sorted(List<Segment> segments) {
		return segments.stream().sorted(Comparator.comparing(FindingKey::idOf, NaturalOrder.INSTANCE)).toList();
	}

	private static List<String> keys(List<Segment> segments, ElementIndex index) {
		return segments.stream().map(s -> Objects.requireNonNullElse(index.keyOf(s), FindingKey.idOf(s))).toList();
	}

	private static ElementChange change(ElementChange.Kind kind, ElementIndex.Entry entry, List<FeatureChange> features) {
		EClass type = entry.element().eClass();
		return new ElementChange(kind, type.getName(), entry.shownId(), ElementLabels.describe(entry.element()), features);
	}

	/** Whether a feature is compared as a value: not derived, not the container, not a containment of elements. */
	private static boolean compared(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
			return false;
		}
		return !(feature instanceof EReference reference) || !reference.isContainer()
				&& !(reference.isContainment() && ElementIndex.holdsElements(reference));
	}
}
