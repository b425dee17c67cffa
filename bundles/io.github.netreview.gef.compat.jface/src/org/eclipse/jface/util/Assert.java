package org.eclipse.jface.util;

/**
 * The JFace assertion helper that GEF 3.2 was compiled against; JFace removed it in favour of
 * {@link org.eclipse.core.runtime.Assert}, to which this copy delegates.
 */
public final class Assert {

	private Assert() {
	}

	public static boolean isLegal(boolean expression) {
		return org.eclipse.core.runtime.Assert.isLegal(expression);
	}

	public static boolean isLegal(boolean expression, String message) {
		return org.eclipse.core.runtime.Assert.isLegal(expression, message);
	}

	public static void isNotNull(Object object) {
		org.eclipse.core.runtime.Assert.isNotNull(object);
	}

	public static void isNotNull(Object object, String message) {
		org.eclipse.core.runtime.Assert.isNotNull(object, message);
	}

	public static boolean isTrue(boolean expression) {
		return org.eclipse.core.runtime.Assert.isTrue(expression);
	}

	public static boolean isTrue(boolean expression, String message) {
		return org.eclipse.core.runtime.Assert.isTrue(expression, message);
	}
}
