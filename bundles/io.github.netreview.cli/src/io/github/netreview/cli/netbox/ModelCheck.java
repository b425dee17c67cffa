package io.github.netreview.cli.netbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/** The gate before a model is written: it must validate as netreview validate would, links that fail being dropped. */
final class ModelCheck {

	private ModelCheck() {
	}

	static void run(Network network, Map<EObject, String> origins, ImportReport report) throws NetboxException {
		for (Diagnostic problem : errors(network)) {
			if (subject(problem) instanceof Link link && link.eContainer() != null) {
				EcoreUtil.remove(link);
				report.record(origins.getOrDefault(link, link.getId()) + ": " + problem.getMessage() + "; not imported");
			}
		}
		List<Diagnostic> left = errors(network);
		if (!left.isEmpty()) {
			Diagnostic first = left.get(0);
			String origin = origins.get(subject(first));
			throw new NetboxException("the imported network does not validate: " + (origin == null ? "" : origin + ": ") + first.getMessage()
					+ (left.size() > 1 ? " (and " + (left.size() - 1) + " more)" : "") + "; no model written");
		}
	}

	private static List<Diagnostic> errors(Network network) {
		List<Diagnostic> errors = new ArrayList<>();
		for (Diagnostic problem : Diagnostician.INSTANCE.validate(network).getChildren()) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				errors.add(problem);
			}
		}
		return errors;
	}

	private static Object subject(Diagnostic problem) {
		return problem.getData().isEmpty() ? null : problem.getData().get(0);
	}
}
