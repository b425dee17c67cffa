package io.github.netreview.gef.compat.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.objectweb.asm.Type;

/**
 * Checks that a reference resolves at run time: the class loads through the referring bundle's class loader (not
 * initialised), and the method or field is declared by it or a supertype with the same descriptor.
 */
final class ReferenceResolver {

	/** Loads a class by binary name as the referring code would. */
	interface ClassSource {
		Class<?> load(String binaryName) throws ClassNotFoundException;
	}

	private final ClassSource source;
	private final Predicate<String> hidden;

	/** {@code hidden} names classes to treat as missing even when they load, to see what would break without them. */
	ReferenceResolver(ClassSource source, Predicate<String> hidden) {
		this.source = source;
		this.hidden = hidden;
	}

	/** Why {@code reference} does not resolve, or null when it does. */
	String problem(Reference reference) {
		Class<?> owner;
		try {
			owner = load(reference.owner());
		} catch (ClassNotFoundException | LinkageError e) {
			return "missing class " + reference.owner().replace('/', '.');
		}
		try {
			return switch (reference.kind()) {
			case CLASS -> null;
			case FIELD -> hasField(owner, reference.name(), reference.descriptor()) ? null : "missing field";
			case METHOD -> hasMethod(owner, reference.name(), reference.descriptor()) ? null : "missing method";
			};
		} catch (LinkageError e) {
			return "cannot inspect " + owner.getName() + ": " + e;
		}
	}

	private Class<?> load(String internalName) throws ClassNotFoundException {
		String binaryName = internalName.replace('/', '.');
		if (hidden.test(internalName)) {
			throw new ClassNotFoundException(binaryName);
		}
		return source.load(binaryName);
	}

	private static boolean hasField(Class<?> owner, String name, String descriptor) {
		for (Class<?> type : supertypes(owner)) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getName().equals(name) && Type.getDescriptor(field.getType()).equals(descriptor)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasMethod(Class<?> owner, String name, String descriptor) {
		if (name.equals("<init>")) {
			for (Constructor<?> constructor : owner.getDeclaredConstructors()) {
				if (Type.getConstructorDescriptor(constructor).equals(descriptor)) {
					return true;
				}
			}
			return false;
		}
		for (Class<?> type : supertypes(owner)) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(descriptor)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The class, its superclasses and all interfaces it inherits, each once. */
	private static Set<Class<?>> supertypes(Class<?> start) {
		Set<Class<?>> seen = new HashSet<>();
		Deque<Class<?>> todo = new ArrayDeque<>();
		todo.add(start);
		while (!todo.isEmpty()) {
			Class<?> type = todo.pop();
			if (seen.add(type)) {
				if (type.getSuperclass() != null) {
					todo.add(type.getSuperclass());
				}
				todo.addAll(List.of(type.getInterfaces()));
			}
		}
		if (start.isInterface()) {
			seen.add(Object.class);
		}
		return seen;
	}
}
