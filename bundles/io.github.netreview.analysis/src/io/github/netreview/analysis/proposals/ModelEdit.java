package io.github.netreview.analysis.proposals;

import io.github.netreview.model.edit.ElementIds;

/**
 * One step of a proposal's change set, naming elements by id so that it applies to any copy of the network and can
 * be saved: set a value, create an element, or delete one.
 */
public sealed interface ModelEdit permits SetValue, CreateElement, DeleteElement {

	/** The id of the element this edit sets, creates or deletes. */
	String element();

	/** Makes the edit; fails without changing anything when the network is not as the edit expects. */
	void apply(ElementIds ids);

	/** The edit in words, naming elements as they are in {@code ids}' network (before the edit). */
	String describe(ElementIds ids);
}
