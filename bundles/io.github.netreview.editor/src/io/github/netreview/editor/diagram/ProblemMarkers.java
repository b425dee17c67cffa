package io.github.netreview.editor.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;

/**
 * The findings of a model that lives in the workspace, as markers in the Problems view: one per finding, on the line of
 * its device in the file, replaced after every analysis. Done in a job holding the file, as the workspace requires.
 */
public final class ProblemMarkers {

	/** The marker type declared in plugin.xml; a problem marker, so the Problems view shows it. */
	public static final String TYPE = "io.github.netreview.editor.finding";
	/** Jobs that write markers belong to this family, so tests can wait for them. */
	public static final Object FAMILY = ProblemMarkers.class;

	private ProblemMarkers() {
	}

	static void update(IFile file, List<Finding> findings) {
		Job job = new Job("Updating NetReview problems for " + file.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					write(file, findings);
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	private static void write(IFile file, List<Finding> findings) throws CoreException {
		if (!file.exists()) {
			return;
		}
		List<String> lines = lines(file);
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Finding finding : findings) {
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, severity(finding));
			marker.setAttribute(IMarker.MESSAGE, finding.rule().name() + (finding.waived() ? " (waived)" : "") + ": " + finding.message());
			marker.setAttribute("rule", finding.rule().name());
			if (finding.subject() instanceof Named named && named.getName() != null) {
				marker.setAttribute(IMarker.LOCATION, named.getName());
			}
			int line = lineOf(lines, finding.subject() instanceof Identified identified ? identified.getId() : null);
			if (line > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, line);
			}
		}
	}

	private static int severity(Finding finding) {
		if (finding.waived() || finding.severity() == Severity.INFO) {
			return IMarker.SEVERITY_INFO;
		}
		return finding.severity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_ERROR;
	}

	private static List<String> lines(IFile file) {
		try {
			return file.getLocation() == null ? List.of() : Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return List.of();
		}
	}

	private static int lineOf(List<String> lines, String id) {
		if (id != null) {
			String marker = "id=\"" + id + "\"";
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(marker)) {
					return i + 1;
				}
			}
		}
		return 0;
	}
}
