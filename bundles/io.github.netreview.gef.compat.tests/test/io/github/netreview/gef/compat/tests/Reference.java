package io.github.netreview.gef.compat.tests;

/** One symbolic reference in a class file: to a class, or to a method or field of a class (internal names). */
record Reference(String from, Kind kind, String owner, String name, String descriptor) {

	enum Kind {
		CLASS, METHOD, FIELD
	}

	@Override
	public String toString() {
		String target = kind == Kind.CLASS ? owner : owner + "." + name + (kind == Kind.METHOD ? descriptor : ":" + descriptor);
		return target + " (used by " + from + ")";
	}
}
