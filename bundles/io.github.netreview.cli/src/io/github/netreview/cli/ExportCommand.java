package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.interchange.csv.CsvExport;
import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.DiagramPng;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview export}: a diagram as SVG (as drawn, with the analysis overlay) or as graphviz DOT. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export MODEL: svg draws a diagram as saved, with restricted devices badged and the paths to the core "
				+ "highlighted (png: the same as an image); dot writes its graph (sites and zones as clusters) for graphviz; csv writes the segments, "
				+ "devices, interfaces and links in the format import csv reads.")
final class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@picocli.CommandLine.Mixin
	AsOf asOf = new AsOf();

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "svg, png, dot or csv.")
	String format;

	@Option(names = "--diagram", paramLabel = "NAME", description = "The diagram to export (default: the first; one is drawn when there is none).")
	String diagramName;

	@Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output (- is standard output).")
	Path output;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Override
	public Integer call() throws Exception {
		if (!List.of("svg", "png", "dot", "csv").contains(format)) {
			throw new ParameterException(spec.commandLine(), "--format must be svg, png, dot or csv, not " + SafeText.echo(format));
		}
		if (format.equals("png") && (output == null || OutputFile.isStandardOutput(output))) {
			throw new ParameterException(spec.commandLine(), "--format png needs --output FILE (it is not text)");
		}
		OutputFile.check(spec.commandLine(), output, model, force);
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		Diagram diagram = diagram(resource, network);
		if (format.equals("png")) {
			AnalysisResult result = asOf.analyzer().analyze(network);
			OutputFile.write(output, DiagramPng.render(diagram, result.restrictedIds(), PathPalette.colours(result.corePathNumbers())));
			return ExitCodes.OK;
		}
		String text;
		if (format.equals("csv")) {
			text = CsvExport.of(network);
		} else if (format.equals("dot")) {
			text = DiagramLayout.dotOf(diagram);
		} else {
			AnalysisResult result = asOf.analyzer().analyze(network);
			text = DiagramSvg.render(diagram, result.restrictedIds(), PathPalette.colours(result.corePathNumbers()));
		}
		OutputFile.write(spec.commandLine(), output, text);
		return ExitCodes.OK;
	}

	private Diagram diagram(Resource resource, Network network) {
		for (EObject root : resource.getContents()) {
			if (root instanceof Diagram diagram && (diagramName == null || diagramName.equals(diagram.getName()))) {
				return diagram;
			}
		}
		if (diagramName != null) {
			throw new ParameterException(spec.commandLine(), model + " has no diagram named " + SafeText.echo(diagramName));
		}
		return DiagramBuilder.build(network);
	}
}
