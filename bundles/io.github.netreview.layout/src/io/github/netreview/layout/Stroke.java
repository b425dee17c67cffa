package io.github.netreview.layout;

/** How a drawing outlines one element: a CSS colour, a line width in pixels, and whether the line is dashed. */
public record Stroke(String colour, int width, boolean dashed) {
}
