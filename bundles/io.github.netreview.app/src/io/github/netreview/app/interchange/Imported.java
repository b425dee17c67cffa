package io.github.netreview.app.interchange;

import java.util.List;

import io.github.netreview.model.topology.Network;

/** What an import read: the network, a summary of it, and each gap or note the importer reported, one line each. */
record Imported(Network network, String summary, List<String> gaps) {

	Imported {
		gaps = List.copyOf(gaps);
	}
}
