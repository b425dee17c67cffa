package io.github.netreview.layout;

/** A point a link's route passes through, in diagram pixels from the diagram's origin. */
public record Bend(int x, int y) {
}
