package io.github.netreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.analysis.classify.CatalogRefresh;
import io.github.netreview.analysis.classify.IeeeAssignments;
import io.github.netreview.analysis.classify.VendorCatalog;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code netreview catalog}: the restricted-vendor catalog a model is checked against; {@code catalog update} refreshes its MAC blocks. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Show or refresh the restricted-vendor catalog of a model.",
		subcommands = { CatalogCommand.Update.class })
final class CatalogCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** {@code netreview catalog update MODEL --oui FILE... [--registry-date DATE] [--output NEW]}. */
	@Command(name = "update", mixinStandardHelpOptions = true,
			description = "Refresh the MAC address blocks of MODEL's catalog from IEEE registry files you supply (oui.csv, mam.csv, "
					+ "oui36.csv as https://standards-oui.ieee.org publishes them): every restricted vendor, and every subsidiary or "
					+ "affiliate, gets the blocks registered under its name or an alias, besides those it had. The catalog records "
					+ "the registry's date, which check then reports. Writes MODEL in place (keeping MODEL.bak) or --output.")
	static final class Update implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
		Path model;

		@Option(names = "--oui", required = true, paramLabel = "FILE", description = "An IEEE registry CSV (MA-L, MA-M or MA-S); repeat for several.")
		List<Path> registries = new ArrayList<>();

		@Option(names = "--registry-date", paramLabel = "YYYY-MM-DD",
				description = "The date of the registry snapshot (default: the newest of the files' modification dates).")
		String registryDate;

		@Option(names = "--output", paramLabel = "NEW", description = "Write the updated model to NEW instead of MODEL.")
		Path output;

		@Option(names = "--force", description = "Overwrite NEW if it exists.")
		boolean force;

		@Override
		public Integer call() throws IOException {
			OutputFile.checkFile(spec.commandLine(), output, model, force, "a model");
			LocalDate date = registryDate == null ? newestModification() : parseDate();
			List<IeeeAssignments.Assignment> assignments = new ArrayList<>();
			for (Path registry : registries) {
				try {
					assignments.addAll(IeeeAssignments.read(registry));
				} catch (IeeeAssignments.BadRegistryFile e) {
					ErrorLine.print(spec.commandLine().getErr(), e.getMessage() + "; nothing written");
					return ExitCodes.INPUT_ERROR;
				}
			}
			Resource resource = ModelArgument.load(model);
			Network network = ModelArgument.network(resource);
			String source = registries.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
			List<CatalogRefresh.VendorBlocks> changes = CatalogRefresh.apply(network, assignments, date, source);
			Path target = output == null ? model : output;
			ModelFiles.save(resource, target);
			for (CatalogRefresh.VendorBlocks change : changes) {
				spec.commandLine().getOut().printf("  %s: %d blocks (%d new)%n", change.vendor(), change.after(), change.after() - change.before());
			}
			spec.commandLine().getOut().printf("Wrote %s: catalog %s%n", target, VendorCatalog.forNetwork(network).version());
			return ExitCodes.OK;
		}

		private LocalDate parseDate() {
			try {
				return LocalDate.parse(registryDate);
			} catch (DateTimeParseException e) {
				throw new ParameterException(spec.commandLine(), "--registry-date must be YYYY-MM-DD, not " + SafeText.echo(registryDate));
			}
		}

		private LocalDate newestModification() throws IOException {
			LocalDate newest = null;
			for (Path registry : registries) {
				if (!Files.isRegularFile(registry)) {
					throw new ParameterException(spec.commandLine(), registry + ": no such file");
				}
				LocalDate modified = LocalDate.ofInstant(Files.getLastModifiedTime(registry).toInstant(), ZoneOffset.UTC);
				newest = newest == null || modified.isAfter(newest) ? modified : newest;
			}
			return newest;
		}
	}
}
