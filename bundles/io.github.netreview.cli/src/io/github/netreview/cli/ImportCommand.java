package io.github.netreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.github.netreview.interchange.ImportedModels;
import io.github.netreview.interchange.csv.CsvImport;
import io.github.netreview.interchange.netbox.ImportSummary;
import io.github.netreview.interchange.netbox.NetboxClient;
import io.github.netreview.interchange.netbox.NetboxException;
import io.github.netreview.interchange.netbox.NetboxFiles;
import io.github.netreview.interchange.netbox.NetboxImporter;
import io.github.netreview.interchange.netbox.NetboxMapping;
import io.github.netreview.interchange.netbox.NetboxRecords;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview import}: builds a model from another source: NetReview's CSV format or NetBox. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Build a model from another source.",
		subcommands = { ImportCommand.Csv.class, ImportCommand.Netbox.class })
final class ImportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** {@code netreview import netbox PATH|--url URL --output MODEL}: the picocli side of {@link io.github.netreview.interchange.netbox}. */
	@Command(name = "netbox", mixinStandardHelpOptions = true,
			description = "Read NetBox REST API responses saved as JSON files in PATH (a directory or one file; each file is "
					+ "recognised by the url its records carry), or pull them from a running NetBox with --url, and write the "
					+ "network, with a diagram, to --output. Every record is imported or reported on stderr; a missing page, an "
					+ "unreachable NetBox or an import with no device, interface or cable stops with exit code 2 and writes nothing.")
	static final class Netbox implements Callable<Integer> {

		/** Where the token is read from; tests replace it. */
		static Function<String, String> environment = System::getenv;

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "PATH", arity = "0..1",
				description = "A directory of NetBox JSON files (every *.json in it) or one file.")
		Path path;

		@Option(names = "--url", paramLabel = "URL", description = "A running NetBox to pull from, such as https://netbox.example.com; "
				+ "the token comes from the environment variable NETBOX_TOKEN or --token-file.")
		String url;

		@Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the NetBox API token (v2 tokens nbt_... "
				+ "are sent as Bearer, legacy keys as Token).")
		Path tokenFile;

		@Option(names = "--site", paramLabel = "SLUG", description = "Pull only this site (repeatable); records outside it that the "
				+ "site's records use are fetched too and reported.")
		List<String> sites = new ArrayList<>();

		@Option(names = "--tenant", paramLabel = "SLUG", description = "Pull only this tenant's sites, VLANs and devices (repeatable).")
		List<String> tenants = new ArrayList<>();

		@Option(names = "--ca-cert", paramLabel = "FILE", description = "A PEM certificate of a private CA to trust besides the JDK's.")
		Path caCert;

		@Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
				description = "How long to wait to connect, and for each request (default: ${DEFAULT-VALUE}).")
		double timeout;

		@Option(names = "--retry-backoff", paramLabel = "MILLIS", defaultValue = "1000", hidden = true,
				description = "The first wait before retrying a 429 or 5xx without Retry-After; doubled at each retry.")
		long retryBackoff;

		@Option(names = "--output", required = true, paramLabel = "MODEL", description = "The .netreview file to write.")
		Path output;

		@Option(names = "--mapping", paramLabel = "FILE", description = "JSON overriding roles, zone kinds, sensitive sites and routing: "
				+ "{\"roles\":{\"slug\":\"CAMERA\"},\"zones\":{\"zone name\":\"CORE\"},\"sensitiveSites\":[\"hq\"],"
				+ "\"routing\":{\"device name\":true}}.")
		Path mapping;

		@Option(names = "--force", description = "Overwrite MODEL if it exists.")
		boolean force;

		@Override
		public Integer call() throws Exception {
			checkUsage();
			OutputFile.checkFile(spec.commandLine(), output, path, force, "a model");
			PrintWriter err = spec.commandLine().getErr();
			try {
				NetboxMapping rules = mapping == null ? NetboxMapping.none() : NetboxMapping.read(mapping);
				NetboxRecords records = path != null ? NetboxFiles.read(path) : NetboxClient.pull(options(err));
				records.unused().forEach((endpoint, files) -> ErrorLine.print(err, "not used: " + endpoint + " ("
						+ String.join(", ", files) + ")"));
				NetboxImporter.Result result = NetboxImporter.run(records, rules);
				result.report().records().forEach(line -> ErrorLine.print(err, line));
				result.report().warnings().forEach(line -> ErrorLine.print(err, "warning: " + line));
				ImportedModels.write(result.network(), output);
				PrintWriter out = spec.commandLine().getOut();
				out.print(ImportSummary.of(output.toString(), result.network(), result.report()));
				out.flush(); // print does not flush an autoflushing writer, and the command line exits right after
				return ExitCodes.OK;
			} catch (NetboxException e) {
				e.reported().forEach(line -> ErrorLine.print(err, line));
				ErrorLine.print(err, e.getMessage());
				return ExitCodes.INPUT_ERROR;
			}
		}

		private void checkUsage() {
			if ((path == null) == (url == null)) {
				throw new ParameterException(spec.commandLine(), path == null ? "give PATH (NetBox JSON files) or --url (a running NetBox)"
						: "give PATH or --url, not both");
			}
			if (path != null && (tokenFile != null || caCert != null || !sites.isEmpty() || !tenants.isEmpty())) {
				throw new ParameterException(spec.commandLine(), "--token-file, --ca-cert, --site and --tenant go with --url, not PATH");
			}
			if (!(timeout > 0)) {
				throw new ParameterException(spec.commandLine(), "--timeout must be more than 0 seconds");
			}
		}

		private NetboxClient.Options options(PrintWriter err) throws NetboxException {
			return new NetboxClient.Options(url, token(), List.copyOf(sites), List.copyOf(tenants), caCert,
					Duration.ofMillis(Math.round(timeout * 1000)), Duration.ofMillis(Math.max(0, retryBackoff)),
					line -> err.println(SafeText.visible(line)));
		}

		/** The token from --token-file, else from NETBOX_TOKEN. */
		private String token() throws NetboxException {
			if (tokenFile == null) {
				String token = environment.apply("NETBOX_TOKEN");
				if (token == null || token.isBlank()) {
					throw new NetboxException("no NetBox token: set NETBOX_TOKEN or give --token-file FILE");
				}
				return token.strip();
			}
			try {
				String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
				if (token.isEmpty()) {
					throw new NetboxException(tokenFile + ": the token file is empty");
				}
				return token;
			} catch (IOException e) {
				throw new NetboxException(tokenFile + ": cannot be read");
			}
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
			OutputFile.checkFile(spec.commandLine(), output, file, force, "a model");
			if (!Files.isRegularFile(file)) {
				ErrorLine.print(spec.commandLine().getErr(), file + ": no such file");
				return ExitCodes.INPUT_ERROR;
			}
			Network network;
			try {
				network = CsvImport.read(file);
			} catch (CsvImport.BadRows e) {
				e.problems().forEach(problem -> ErrorLine.print(spec.commandLine().getErr(), problem));
				ErrorLine.print(spec.commandLine().getErr(), "nothing written: " + e.problems().size() + " bad row(s)");
				return ExitCodes.INPUT_ERROR;
			}
			ImportedModels.write(network, output);
			spec.commandLine().getOut().printf("Wrote %s: %d devices, %d links%n", output, network.getDevices().size(), network.getLinks().size());
			return ExitCodes.OK;
		}
	}
}
