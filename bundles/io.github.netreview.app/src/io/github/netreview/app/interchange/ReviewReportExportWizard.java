package io.github.netreview.app.interchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.html.ReviewReport;

/**
 * File &gt; Export &gt; Review report (HTML): the design-review page of the network in the active editor as it is now, the
 * page {@code netreview report} writes for it (waivers judged as of today, the best proposal in detail).
 */
public final class ReviewReportExportWizard extends ExportWizard {

	@Override
	ExportPage createPage(Path initial, String missingSource) {
		return new ExportPage("Export Review Report", "One self-contained HTML page for a design review of the network in the active "
				+ "editor: findings, coverage, restricted devices, the diagram, zone matrix, and the proposals with the best one's "
				+ "changes and before/after diagrams.", initial, missingSource, ".html", ".htm");
	}

	@Override
	String extension() {
		return ".html";
	}

	@Override
	byte[] render(Path target, ExportSource source, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		progress.split(1).subTask("Copying the network");
		List<EObject> model = source.modelCopy();
		progress.split(6).subTask("Working out the findings and proposals for " + ((Network) model.get(0)).getDevices().size() + " devices");
		ReviewReport review = ReviewReport.of(model, Analyzer.standard());
		progress.split(3).subTask("Drawing the diagrams and paths");
		return review.html().getBytes(StandardCharsets.UTF_8);
	}
}
