package io.github.netreview.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * Every element of one version of a network with its values, as a {@link ModelDiff} against nothing lists them: each
 * element added, with the values it has, the order of the elements it holds where order means something (a firewall
 * policy's rules) and, for an end host, the segments it is in. The text form of a version that line diffs compare.
 */
public final class ModelListing {

	private ModelListing() {
	}

	/** The elements of {@code network}, placing end hosts in segments by {@code placement} (none when it is null). */
	public static ModelDiff of(Network network, Function<Device, List<Segment>> placement) {
		ElementIndex index = new ElementIndex(network);
		List<ElementChange> listed = new ArrayList<>();
		for (ElementIndex.Entry entry : index.entries()) {
			ElementChange whole = ElementComparison.whole(ElementChange.Kind.ADDED, entry);
			List<FeatureChange> features = new ArrayList<>(whole.features());
			for (EStructuralFeature feature : entry.element().eClass().getEAllStructuralFeatures()) {
				if (ElementComparison.ORDERED.contains(feature)) {
					List<String> keys = ElementComparison.keysIn(entry.element(), (EReference) feature, index);
					if (!keys.isEmpty()) {
						features.add(new FeatureChange(feature.getName(), null, String.join(", ", keys)));
					}
				}
			}
			if (placement != null && entry.element() instanceof Device device && !NetworkEquipment.is(device)) {
				String segments = ElementComparison.text(ElementComparison.sorted(placement.apply(device)));
				features.add(new FeatureChange(ModelDiff.SEGMENTS, null, segments == null ? "none" : segments));
			}
			listed.add(new ElementChange(whole.kind(), whole.type(), whole.id(), whole.label(), features));
		}
		listed.sort(ModelDiff.ORDER);
		return new ModelDiff(listed);
	}
}
