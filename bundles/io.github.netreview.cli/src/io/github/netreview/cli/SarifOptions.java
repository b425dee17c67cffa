package io.github.netreview.cli;

import java.nio.file.Path;

import io.github.netreview.interchange.text.Utf8Files;
import io.github.netreview.report.findings.SarifArtifact;
import io.github.netreview.report.findings.SarifBaseline;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The --source-root option of the SARIF formats, with the checks of a log's options made before any analysis. */
final class SarifOptions {

	@Option(names = "--source-root", paramLabel = "DIR",
			description = "With --format sarif: the folder the log's file locations are relative to (%%SRCROOT%%), such as the repository "
					+ "a code-scanning service knows; default: the git work tree holding MODEL, else MODEL's folder.")
	Path sourceRoot;

	/** Refuses --source-root and {@code baseline} (--baseline, where given) with any format but sarif. */
	void requireSarif(CommandLine commandLine, String format, Path baseline) {
		if (format.equals("sarif")) {
			return;
		}
		if (sourceRoot != null) {
			throw new ParameterException(commandLine, "--source-root is only used with --format sarif");
		}
		if (baseline != null) {
			throw new ParameterException(commandLine, "--baseline is only used with --format sarif");
		}
	}

	/** MODEL under --source-root, or under the git work tree holding it (else its folder) when there is none. */
	SarifArtifact artifact(CommandLine commandLine, Path model) {
		if (sourceRoot == null) {
			return SarifArtifact.of(model);
		}
		try {
			return SarifArtifact.of(model, sourceRoot);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(commandLine, e.getMessage() + " (--source-root)");
		}
	}

	/** The log --baseline names, read for the run of {@code artifact}; none without the option. */
	static SarifBaseline baseline(Path file, SarifArtifact artifact) {
		if (file == null) {
			return SarifBaseline.NONE;
		}
		try {
			return SarifBaseline.parse(file.toString(), Utf8Files.read(file), artifact.automationId("check"));
		} catch (Utf8Files.Unreadable e) {
			throw new BadInput(e.getMessage()); // the message names the file and says what is wrong
		}
	}
}
