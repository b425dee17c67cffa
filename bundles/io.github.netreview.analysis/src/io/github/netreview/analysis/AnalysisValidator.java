package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * Reports the analysis through EMF's {@code Diagnostician}: validating a network adds one diagnostic per finding,
 * carrying the finding's elements (the device first) and then the finding itself.
 */
public final class AnalysisValidator implements EValidator {

	public static final String SOURCE = "io.github.netreview.analysis";

	private final Analyzer analyzer;

	public AnalysisValidator(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Adds the analysis to the validators of the topology package, beside the structural constraints; idempotent. */
	public static synchronized void register(Analyzer analyzer) {
		EValidator existing = EValidator.Registry.INSTANCE.getEValidator(TopologyPackage.eINSTANCE);
		List<EValidator> validators = new ArrayList<>();
		if (existing instanceof CompositeValidator composite) {
			composite.delegates().stream().filter(v -> !(v instanceof AnalysisValidator)).forEach(validators::add);
		} else if (existing != null) {
			validators.add(existing);
		}
		validators.add(new AnalysisValidator(analyzer));
		EValidator.Registry.INSTANCE.put(TopologyPackage.eINSTANCE, new CompositeValidator(validators));
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof Network network)) {
			return true;
		}
		AnalysisResult result = analyzer.analyze(network);
		boolean valid = true;
		for (Finding finding : result.findings()) {
			int severity = severityOf(finding);
			valid &= severity < Diagnostic.ERROR;
			if (diagnostics != null) {
				List<Object> data = new ArrayList<>(finding.elements());
				data.add(finding);
				String message = (finding.waived() ? "[waived by " + finding.waiver().getId() + "] " : "") + finding.message();
				diagnostics.add(new BasicDiagnostic(severity, SOURCE, finding.rule().ordinal(), message, data.toArray()));
			}
		}
		return valid;
	}

	private static int severityOf(Finding finding) {
		if (finding.waived()) {
			return Diagnostic.INFO;
		}
		return switch (finding.severity()) {
		case CRITICAL, ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
