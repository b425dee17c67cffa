package io.github.netreview.gef.compat.tests;

import java.util.LinkedHashSet;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Collects every class, method and field a compiled class refers to, from its bytecode. */
final class ReferenceCollector extends ClassVisitor {

	private final Set<Reference> references = new LinkedHashSet<>();
	private String className;

	private ReferenceCollector() {
		super(Opcodes.ASM9);
	}

	static Set<Reference> collect(byte[] classFile) {
		ReferenceCollector collector = new ReferenceCollector();
		new ClassReader(classFile).accept(collector, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		return collector.references;
	}

	@Override
	public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
		className = name;
		if (superName != null) {
			type(Type.getObjectType(superName));
		}
		if (interfaces != null) {
			for (String each : interfaces) {
				type(Type.getObjectType(each));
			}
		}
	}

	@Override
	public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
		type(Type.getType(descriptor));
		return null;
	}

	@Override
	public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
		type(Type.getMethodType(descriptor));
		if (exceptions != null) {
			for (String each : exceptions) {
				type(Type.getObjectType(each));
			}
		}
		return new MethodVisitor(Opcodes.ASM9) {
			@Override
			public void visitTypeInsn(int opcode, String type) {
				type(Type.getObjectType(type));
			}

			@Override
			public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
				member(Reference.Kind.FIELD, owner, name, descriptor);
			}

			@Override
			public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
				member(Reference.Kind.METHOD, owner, name, descriptor);
			}

			@Override
			public void visitLdcInsn(Object value) {
				if (value instanceof Type type) {
					type(type);
				} else if (value instanceof Handle || value instanceof ConstantDynamic) {
					throw new IllegalStateException("unexpected invokedynamic constant in " + className);
				}
			}

			@Override
			public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
				type(Type.getType(descriptor));
			}

			@Override
			public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
					org.objectweb.asm.Label handler, String type) {
				if (type != null) {
					type(Type.getObjectType(type));
				}
			}
		};
	}

	private void member(Reference.Kind kind, String owner, String name, String descriptor) {
		if (owner.startsWith("[")) {
			type(Type.getType(owner));
			return;
		}
		type(Type.getObjectType(owner));
		type(kind == Reference.Kind.METHOD ? Type.getMethodType(descriptor) : Type.getType(descriptor));
		references.add(new Reference(className, kind, owner, name, descriptor));
	}

	private void type(Type type) {
		switch (type.getSort()) {
		case Type.ARRAY -> type(type.getElementType());
		case Type.OBJECT -> references.add(new Reference(className, Reference.Kind.CLASS, type.getInternalName(), null, null));
		case Type.METHOD -> {
			type(type.getReturnType());
			for (Type argument : type.getArgumentTypes()) {
				type(argument);
			}
		}
		default -> {
			// primitives need nothing
		}
		}
	}
}
