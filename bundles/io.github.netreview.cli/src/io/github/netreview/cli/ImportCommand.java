package io.github.netreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview import}: builds a model from another source; {@code import csv} reads NetReview's CSV format. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Build a model from another source.",
		subcommands = { ImportCommand.Csv.class, ImportCommand.Netbox.class })
final class ImportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Writes an imported network, with a diagram of it, to {@code output}. */
	private static void save(Network network, Path output) throws IOException {
		Resource resource = ModelFiles.newResource(output);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network));
		ModelFiles.save(resource, output);
	}

	/** {@code netreview import netbox PATH --output MODEL [--mapping FILE]}. */
	@Command(name = "netbox", mixinStandardHelpOptions = true,
			description = "Read NetBox REST API list responses saved one per endpoint in PATH, a directory (sites.json, devices.json, "
					+ "interfaces.json, cables.json, vlans.json, vlan-groups.json, prefixes.json, ip-addresses.json) and write the "
					+ "network, with a diagram, to --output. Zones come from zone: tags or VLAN groups, core zones from zone-kind: "
					+ "tags; --mapping overrides roles and zone kinds. Malformed or dangling records are reported with their "
					+ "NetBox id and skipped.")
	static final class Netbox implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "PATH", description = "A directory of NetBox JSON files, or one endpoint's file (such as devices.json).")
		Path directory;

		@Option(names = "--output", required = true, paramLabel = "MODEL", description = "The .netreview file to write.")
		Path output;

		@Option(names = "--mapping", paramLabel = "FILE",
				description = "JSON overriding roles and zone kinds: {\"roles\":{\"slug\":\"CAMERA\"},\"zones\":{\"name\":\"CORE\"}}.")
		Path mapping;

		@Option(names = "--force", description = "Overwrite MODEL if it exists.")
		boolean force;

		@Override
		public Integer call() throws Exception {
			OutputFile.check(spec.commandLine(), output, directory, force);
			if (!Files.exists(directory)) {
				spec.commandLine().getErr().println("netreview: " + directory + ": no such file or directory");
				return ExitCodes.INPUT_ERROR;
			}
			NetboxImport.Result result = NetboxImport.read(directory, mapping);
			result.skipped().forEach(skip -> spec.commandLine().getErr().println("netreview: skipped " + skip));
			Network network = result.network();
			save(network, output);
			spec.commandLine().getOut().printf("Wrote %s: %d devices, %d links, %d zones; %d records skipped%n", output,
					network.getDevices().size(), network.getLinks().size(), network.getZones().size(), result.skipped().size());
			return ExitCodes.OK;
		}
	}

	/** {@code netreview import csv FILE --output MODEL}. */
	@Command(name = "csv", mixinStandardHelpOptions = true,
			description = "Read segments, devices, interfaces and links from FILE (one CSV with a kind column; see the README) "
					+ "and write them, with a diagram, to --output. Every bad row is reported with its line; if there is any, "
					+ "nothing is written.")
	static final class Csv implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "FILE", description = "The CSV file.")
		Path file;

		@Option(names = "--output", required = true, paramLabel = "MODEL", description = "The .netreview file to write.")
		Path output;

		@Option(names = "--force", description = "Overwrite MODEL if it exists.")
		boolean force;

		@Override
		public Integer call() throws Exception {
			OutputFile.check(spec.commandLine(), output, file, force);
			if (!Files.isRegularFile(file)) {
				spec.commandLine().getErr().println("netreview: " + file + ": no such file");
				return ExitCodes.INPUT_ERROR;
			}
			Network network;
			try {
				network = CsvImport.read(file);
			} catch (CsvImport.BadRows e) {
				e.problems.forEach(problem -> spec.commandLine().getErr().println("netreview: " + problem));
				spec.commandLine().getErr().println("netreview: nothing written: " + e.problems.size() + " bad row(s)");
				return ExitCodes.INPUT_ERROR;
			}
			save(network, output);
			spec.commandLine().getOut().printf("Wrote %s: %d devices, %d links%n", output, network.getDevices().size(), network.getLinks().size());
			return ExitCodes.OK;
		}
	}
}
