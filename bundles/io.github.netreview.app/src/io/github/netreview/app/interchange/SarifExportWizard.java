package io.github.netreview.app.interchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.findings.FindingsSarif;

/**
 * File &gt; Export &gt; Findings (SARIF): the findings of the saved network in the active editor as the SARIF 2.1.0 log that
 * {@code netreview check MODEL --format sarif} writes, the model named by its full path (waivers judged as of today).
 */
public final class SarifExportWizard extends ExportWizard {

	@Override
	ExportPage createPage(Path initial, String missingSource) {
		return new ExportPage("Export Findings as SARIF", "The findings of the network in the active editor as a SARIF 2.1.0 log for "
				+ "code-scanning tools, each located on its element's line in the model file.", initial, missingSource, ".sarif", ".json");
	}

	@Override
	String extension() {
		return ".sarif";
	}

	@Override
	String unusable(ExportSource source) {
		if (source.model() == null) {
			return "Save the network to a file first: SARIF locates each finding on a line of the model file.";
		}
		return source.unsaved() ? "Save the network first (File > Save): SARIF locates each finding on a line of the saved file." : null;
	}

	@Override
	byte[] render(Path target, ExportSource source, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		progress.split(1).subTask("Copying the network");
		Network network = EcoreUtil.copy(source.diagram().getNetwork());
		progress.split(9).subTask("Working out the findings for " + network.getDevices().size() + " devices");
		AnalysisResult result = Analyzer.standard().analyze(network);
		return FindingsSarif.of(source.model().toAbsolutePath(), result).getBytes(StandardCharsets.UTF_8);
	}
}
