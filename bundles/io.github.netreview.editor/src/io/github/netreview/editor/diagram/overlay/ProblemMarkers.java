package io.github.netreview.editor.diagram.overlay;

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
import io.github.netreview.model.io.ElementLines;
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

	/** What a marker says about one finding, read from the model on the caller's thread. */
	private record Problem(int severity, String message, String rule, String location, String subjectId) {

		static Problem of(Finding finding) {
			return new Problem(ProblemMarkers.severity(finding), finding.rule().name() + (finding.waived() ? " (waived)" : "") + ": " + finding.message(),
					finding.rule().name(), finding.subject() instanceof Named named ? named.getName() : null,
					finding.subject() instanceof Identified identified ? identified.getId() : null);
		}
	}

	/**
	 * Replaces the markers of {@code file} with those of {@code findings}. The findings may name elements of the model
	 * the user is editing, so what the markers say is taken from them here, and the job only touches the workspace.
	 */
	public static void update(IFile file, List<Finding> findings) {
		List<Problem> problems = findings.stream().map(Problem::of).toList();
		Job job = new Job("Updating NetReview problems for " + file.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					write(file, problems);
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

	private static void write(IFile file, List<Problem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		ElementLines lines = file.getLocation() == null ? null : ElementLines.of(file.getLocation().toPath());
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Problem problem : problems) {
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, problem.severity());
			marker.setAttribute(IMarker.MESSAGE, problem.message());
			marker.setAttribute("rule", problem.rule());
			if (problem.location() != null) {
				marker.setAttribute(IMarker.LOCATION, problem.location());
			}
			int line = lines == null ? 0 : lines.lineOf(problem.subjectId());
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
}
