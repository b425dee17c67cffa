package io.github.netreview.editor.diagram.commands;

import java.util.List;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;

/** Asks which VLAN a switch's new access port carries when nothing in the network tells; null leaves it unassigned. */
@FunctionalInterface
public interface VlanQuestion {

	/** Leaves the port without a VLAN, to be set in Properties. */
	VlanQuestion UNASSIGNED = (sw, other, choices) -> null;

	/** The VLAN for the port of {@code sw} cabled to {@code other}, one of {@code choices}' VLANs, or null for none. */
	Integer ask(Device sw, Device other, List<Segment> choices);
}
