package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.github.netreview.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netreview validate}: checks a model file's structure (VLAN ranges, prefixes, MACs, link ends, ids). */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check that MODEL loads and is well-formed: VLAN ids, IP prefixes, MAC addresses, port lists, "
				+ "link ends, unique ids. Exits 1 when there is an error.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Override
	public Integer call() {
		Resource resource = ModelArgument.load(model);
		int errors = 0;
		int warnings = 0;
		for (EObject root : resource.getContents()) {
			Diagnostic result = Diagnostician.INSTANCE.validate(root);
			for (Diagnostic problem : result.getChildren()) {
				boolean error = problem.getSeverity() >= Diagnostic.ERROR;
				errors += error ? 1 : 0;
				warnings += error ? 0 : 1;
				spec.commandLine().getOut().println(SafeText.visible(model + ": " + (error ? "error" : "warning") + ": " + problem.getMessage()));
			}
		}
		spec.commandLine().getOut().printf("%s: %d errors, %d warnings%n", model, errors, warnings);
		return errors > 0 ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
	}
}
