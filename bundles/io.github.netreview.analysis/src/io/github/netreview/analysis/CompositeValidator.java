package io.github.netreview.analysis;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/** Several validators for one package, all of which run; the object is valid when every one says so. */
final class CompositeValidator implements EValidator {

	private final List<EValidator> delegates;

	CompositeValidator(List<EValidator> delegates) {
		this.delegates = List.copyOf(delegates);
	}

	List<EValidator> delegates() {
		return delegates;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (EValidator delegate : delegates) {
			valid &= delegate.validate(eObject, diagnostics, context);
		}
		return valid;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (EValidator delegate : delegates) {
			valid &= delegate.validate(eClass, eObject, diagnostics, context);
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (EValidator delegate : delegates) {
			valid &= delegate.validate(eDataType, value, diagnostics, context);
		}
		return valid;
	}
}
