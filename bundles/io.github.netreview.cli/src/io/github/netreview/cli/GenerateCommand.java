package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code netreview generate}: writes a seeded enterprise campus of N devices. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a generated enterprise campus (core, distribution, access switches, ~20 endpoints each, "
				+ "5-10%% cameras of mixed vendors). The same --devices and --seed always give the same file.")
final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--devices", required = true, paramLabel = "N", description = "Number of devices (at least 10).")
	int devices;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--output", required = true, paramLabel = "FILE", description = "The .netreview file to write.")
	Path output;

	@Option(names = "--diagram", description = "Also write a diagram of the whole campus, laid out top-down by graphviz dot "
			+ "(as Auto Layout does; nested rows when dot is missing).")
	boolean diagram;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Override
	public Integer call() throws Exception {
		if (devices < CampusGenerator.MIN_DEVICES) {
			throw new ParameterException(spec.commandLine(), "--devices must be at least " + CampusGenerator.MIN_DEVICES);
		}
		OutputFile.checkFile(spec.commandLine(), output, null, force, "a model");
		Progress progress = Progress.start(spec.commandLine().getErr(), "Generating " + devices + " devices");
		Network network = CampusGenerator.generate(devices, seed);
		Resource resource = ModelFiles.newResource(output);
		resource.getContents().add(network);
		String laidOut = "";
		if (diagram) {
			Diagram drawing = DiagramBuilder.build(network, "diagram-campus", "Campus");
			resource.getContents().add(drawing);
			LayoutPlan plan = DiagramLayout.layout(drawing);
			plan.apply();
			laidOut = String.format("; diagram of %d boxes laid out with %s", plan.bounds().size(), plan.engine());
		}
		ModelFiles.save(resource, output);
		progress.done();
		spec.commandLine().getOut().printf("Wrote %s: %d devices, %d links, seed %d%s%n", output, network.getDevices().size(),
				network.getLinks().size(), seed, laidOut);
		return ExitCodes.OK;
	}
}
