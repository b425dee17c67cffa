package io.github.netreview.model.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Network;

/** The elements of one network by id, kept up to date as edits create and delete elements. */
public final class ElementIds {

	private final Network network;
	private final IdTable byId = new IdTable();
	/** Elements forgotten, by id, so that an undone deletion can bring them back. */
	private final Map<String, EObject> deleted = new HashMap<>();

	private ElementIds(Network network) {
		this.network = network;
		register(network);
		for (Iterator<EObject> all = network.eAllContents(); all.hasNext();) {
			register(all.next());
		}
	}

	public static ElementIds of(Network network) {
		return new ElementIds(network);
	}

	public Network network() {
		return network;
	}

	/** The element with {@code id}; fails naming the id when there is none. */
	public EObject get(String id) {
		EObject element = byId.get(id);
		if (element == null) {
			throw new UnknownElementException(id);
		}
		return element;
	}

	public boolean contains(String id) {
		return byId.containsKey(id);
	}

	/** {@code id} when no element has it, else the first of id-2, id-3, ... that none has. */
	public String unused(String id) {
		String candidate = id;
		for (int i = 2; contains(candidate); i++) {
			candidate = id + "-" + i;
		}
		return candidate;
	}

	/** Makes {@code element} (just added to the network) findable by its id. */
	public void register(EObject element) {
		if (element instanceof Identified identified && identified.getId() != null) {
			byId.putIfAbsent(identified.getId(), element);
		}
	}

	/** Forgets {@code element} (just removed from the network) and its contents, keeping it for an undo. */
	public void forget(EObject element) {
		if (element instanceof Identified identified && identified.getId() != null && byId.get(identified.getId()) == element) {
			deleted.put(identified.getId(), element);
		}
		drop(element);
	}

	private void drop(EObject element) {
		if (element instanceof Identified identified && identified.getId() != null) {
			byId.remove(identified.getId(), element);
		}
		for (Iterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			EObject child = contents.next();
			if (child instanceof Identified identified && identified.getId() != null) {
				byId.remove(identified.getId(), child);
			}
		}
	}

	/**
	 * Brings the ids in step after edits were undone: of the elements with {@code createdIds} those no longer in the
	 * network are forgotten, of those with {@code deletedIds} those back in it are findable again with their contents.
	 */
	public void afterUndo(Collection<String> createdIds, Collection<String> deletedIds) {
		for (String id : createdIds) {
			EObject element = byId.get(id);
			if (element != null && !EcoreUtil.isAncestor(network, element)) {
				drop(element);
			}
		}
		for (String id : deletedIds) {
			if (deleted.containsKey(id)) {
				EObject restored = deleted.remove(id);
				if (EcoreUtil.isAncestor(network, restored)) {
					register(restored);
					restored.eAllContents().forEachRemaining(this::register);
				}
			}
		}
	}

	/** The id of an element, or null for none. */
	public static String idOf(EObject element) {
		return element instanceof Identified identified ? identified.getId() : null;
	}
}
