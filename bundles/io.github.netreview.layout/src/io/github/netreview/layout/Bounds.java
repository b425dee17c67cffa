package io.github.netreview.layout;

/** A node's place relative to its container, in diagram pixels. */
public record Bounds(int x, int y, int width, int height) {
}
