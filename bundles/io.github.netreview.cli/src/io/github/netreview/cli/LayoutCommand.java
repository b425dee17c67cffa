package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview layout}: lays out every diagram of a model with graphviz dot (a network without one gets one). */
@Command(name = "layout", mixinStandardHelpOptions = true,
		description = "Lay out every diagram of MODEL with graphviz dot, sites and zones as nested clusters (a network "
				+ "without a diagram gets one), and write the model to --output. When dot is not installed a nested-rows "
				+ "layout is used and the command says so.")
final class LayoutCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Option(names = "--output", paramLabel = "FILE", description = "Where to write the laid-out model.")
	Path output;

	@Option(names = "--in-place", description = "Write the laid-out model over MODEL (a .bak of it is kept).")
	boolean inPlace;

	@Option(names = "--force", description = "Overwrite --output if it exists.")
	boolean force;

	@Override
	public Integer call() throws Exception {
		if (output == null && !inPlace) {
			throw new ParameterException(spec.commandLine(), "say where to write: --output FILE, or --in-place");
		}
		OutputFile.checkFile(spec.commandLine(), output, model, force, "a model");
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		if (resource.getContents().stream().noneMatch(Diagram.class::isInstance)) {
			resource.getContents().add(DiagramBuilder.build(network));
		}
		Progress progress = Progress.start(spec.commandLine().getErr(), "Laying out " + network.getDevices().size() + " devices");
		StringBuilder report = new StringBuilder();
		for (Object root : resource.getContents()) {
			if (root instanceof Diagram diagram) {
				LayoutPlan plan = DiagramLayout.layout(diagram);
				plan.apply();
				String name = SafeText.visible(diagram.getName());
				report.append(String.format("Laid out diagram '%s': %d nodes with %s%n", name, plan.bounds().size(), plan.engine()));
				ErrorLine.print(spec.commandLine().getErr(), String.format("diagram '%s' took %d ms", name, plan.millis()));
			}
		}
		Path target = output == null ? model : output;
		ModelFiles.save(resource, target);
		progress.done();
		spec.commandLine().getOut().print(report + "Wrote " + target + System.lineSeparator());
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}
}
