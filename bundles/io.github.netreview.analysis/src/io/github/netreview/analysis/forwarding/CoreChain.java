package io.github.netreview.analysis.forwarding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Segment;

/**
 * What puts a device inside a core segment: the core segment, the layer-2 chain from the device to the first core
 * equipment it meets there (devices, interfaces and links, then the segment), and the configuration along it in words (the access
 * port's VLAN, each trunk that carries it).
 */
public record CoreChain(Segment segment, List<EObject> path, List<String> configuration) {

	public CoreChain {
		path = List.copyOf(path);
		configuration = List.copyOf(configuration);
	}
}
