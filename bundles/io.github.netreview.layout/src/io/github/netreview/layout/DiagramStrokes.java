package io.github.netreview.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The outlines a drawing gives elements instead of its own, by element id: {@code elements} for devices and links,
 * {@code containers} for sites and zones. An element in neither is drawn as usual.
 */
public record DiagramStrokes(Map<String, Stroke> elements, Map<String, Stroke> containers) {

	/** The width of a highlighted path's devices and links. */
	public static final int PATH_WIDTH = 5;

	public DiagramStrokes {
		elements = Collections.unmodifiableMap(new HashMap<>(elements)); // HashMap: an element without an id is looked up as null
		containers = Collections.unmodifiableMap(new HashMap<>(containers));
	}

	/** Highlighted paths: each device and link in {@code highlight} thick in its colour; containers as usual. */
	public static DiagramStrokes paths(Map<String, String> highlight) {
		Map<String, Stroke> elements = new HashMap<>();
		highlight.forEach((id, colour) -> elements.put(id, new Stroke(colour, PATH_WIDTH, false)));
		return new DiagramStrokes(elements, Map.of());
	}
}
