package io.github.netreview.editor.diagram.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationPackage;

/**
 * A diagram's edges by the node at each end, so that each node finds its links without reading every edge (at 20,000
 * devices that read was most of opening the editor). Built on demand, forgotten as soon as an edge comes, goes or is
 * reconnected: it listens to the diagram before anyone else does, and to each edge.
 */
public final class EdgeIndex extends AdapterImpl {

	private final Diagram diagram;
	private Map<Node, List<Edge>> bySource;
	private Map<Node, List<Edge>> byTarget;

	private EdgeIndex(Diagram diagram) {
		this.diagram = diagram;
	}

	/** The index of {@code diagram}, attached to it the first time. */
	static EdgeIndex of(Diagram diagram) {
		for (Adapter adapter : diagram.eAdapters()) {
			if (adapter instanceof EdgeIndex index) {
				return index;
			}
		}
		EdgeIndex index = new EdgeIndex(diagram);
		diagram.eAdapters().add(0, index);
		return index;
	}

	/** The edges starting ({@code source}) or ending at {@code node}, in diagram order. */
	List<Edge> of(Node node, boolean source) {
		if (bySource == null) {
			build();
		}
		return (source ? bySource : byTarget).getOrDefault(node, List.of());
	}

	private void build() {
		Map<Node, List<Edge>> sources = new HashMap<>();
		Map<Node, List<Edge>> targets = new HashMap<>();
		for (Edge edge : diagram.getEdges()) {
			if (!edge.eAdapters().contains(this)) {
				edge.eAdapters().add(this);
			}
			if (edge.getSource() != null) {
				sources.computeIfAbsent(edge.getSource(), n -> new ArrayList<>()).add(edge);
			}
			if (edge.getTarget() != null) {
				targets.computeIfAbsent(edge.getTarget(), n -> new ArrayList<>()).add(edge);
			}
		}
		bySource = sources;
		byTarget = targets;
	}

	@Override
	public void notifyChanged(Notification notification) {
		Object feature = notification.getFeature();
		if (!notification.isTouch() && (feature == NotationPackage.Literals.DIAGRAM__EDGES || feature == NotationPackage.Literals.EDGE__SOURCE
				|| feature == NotationPackage.Literals.EDGE__TARGET)) {
			bySource = null;
			byTarget = null;
		}
	}
}
