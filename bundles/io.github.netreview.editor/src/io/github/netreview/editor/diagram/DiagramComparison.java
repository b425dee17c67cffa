package io.github.netreview.editor.diagram;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.editor.diagram.Comparison.Phase;
import io.github.netreview.editor.diagram.overlay.CompareMarks;
import io.github.netreview.editor.diagram.overlay.ComparePainter;
import io.github.netreview.editor.diagram.overlay.DrawnOwners;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * A diagram editor's comparison of its network with another version: the other version is read, both are analysed and
 * compared off the UI thread (a job with progress and Cancel), and the result is painted on the diagram and given to
 * listeners. After an edit the last result is marked stale and the comparison is worked out again, with the other
 * version as first read, once the edits pause. A failure to read it is shown in a dialog naming the file and place.
 */
public final class DiagramComparison {

	/** How long after the last edit the comparison is worked out again. */
	static final int DEBOUNCE_MILLIS = 400;

	private final Supplier<Network> network;
	private final ComparePainter painter;
	private final CommandStack commands;
	private final Supplier<Shell> shell;
	private final Display display;
	private final CommandStackListener edited = event -> edited();
	private final List<Consumer<Comparison>> listeners = new CopyOnWriteArrayList<>();
	/** Runs the comparisons one at a time: they read the same other version. */
	private final ISchedulingRule serial = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
	private CompareSource source;
	private Resource other;
	private Comparison state = Comparison.OFF;
	private long generation;
	private boolean pending;
	private Job job;
	private boolean disposed;

	public DiagramComparison(Supplier<Network> network, ComparePainter painter, CommandStack commands, Supplier<Shell> shell) {
		this.network = network;
		this.painter = painter;
		this.commands = commands;
		this.shell = shell;
		this.display = shell.get().getDisplay();
		commands.addCommandStackListener(edited);
	}

	/** Compares the network with {@code newSource}, replacing any comparison shown. */
	public void compare(CompareSource newSource) {
		source = newSource;
		other = null;
		publish(new Comparison(Phase.READING, source.label(), null, null, null));
		start(true);
	}

	/** Ends the comparison and clears its marks. */
	public void stop() {
		generation++;
		pending = false;
		source = null;
		other = null;
		if (job != null) {
			job.cancel();
		}
		painter.show(CompareMarks.NONE);
		publish(Comparison.OFF);
	}

	public Comparison state() {
		return state;
	}

	/** Whether a comparison is being read or worked out. */
	public boolean busy() {
		return pending;
	}

	/** Paints the marks again, after the viewer's contents were replaced. */
	public void redraw() {
		painter.redraw();
	}

	/** Frames what shows these ids when it includes a removed device drawn as a ghost, or a zone. */
	public void frame(Collection<String> ids) {
		painter.frame(ids);
	}

	/** Tells {@code listener}, on the UI thread, each time the comparison changes. */
	public void addListener(Consumer<Comparison> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Comparison> listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		disposed = true;
		generation++;
		commands.removeCommandStackListener(edited);
		if (job != null) {
			job.cancel();
		}
	}

	private void edited() {
		if (source == null) {
			return;
		}
		long mine = ++generation;
		pending = true;
		if (state.phase() == Phase.SHOWN) {
			publish(new Comparison(Phase.UPDATING, state.against(), state.diff(), state.owners(), null));
		}
		display.timerExec(DEBOUNCE_MILLIS, () -> {
			if (mine == generation && !disposed) {
				start(false);
			}
		});
	}

	private void start(boolean user) {
		long mine = ++generation;
		pending = true;
		Network copy = EcoreUtil.copy(network.get());
		CompareSource reading = source;
		Resource known = other;
		if (job != null) {
			job.cancel();
		}
		job = Job.create("Comparing " + copy.getName() + " with " + reading.label(), (IJobFunction) monitor -> run(mine, reading, known, copy, monitor));
		job.setRule(serial);
		job.setUser(user);
		job.schedule();
	}

	private IStatus run(long mine, CompareSource reading, Resource known, Network copy, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Resource read = known;
		try {
			if (read == null) {
				progress.subTask("Reading " + reading.label());
				read = reading.reader().read();
			}
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask("Analysing both versions and comparing them");
			Network base = (Network) read.getContents().get(0);
			NetworkDiff diff = NetworkDiff.of(base, copy, Analyzer.standard());
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			DrawnOwners owners = new DrawnOwners(copy, base);
			CompareMarks marks = CompareMarks.of(reading.label(), diff, diagramOf(read, base), owners);
			progress.worked(1);
			Resource kept = read;
			display.asyncExec(() -> shown(mine, kept, new Comparison(Phase.SHOWN, reading.label(), diff, owners, null), marks));
			return Status.OK_STATUS;
		} catch (IOException e) {
			display.asyncExec(() -> failed(mine, e.getMessage()));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			display.asyncExec(() -> failed(mine, reading.label() + ": " + e));
			throw e;
		}
	}

	private void shown(long mine, Resource read, Comparison result, CompareMarks marks) {
		if (mine != generation || disposed) {
			return;
		}
		other = read;
		pending = false;
		painter.show(marks);
		publish(result);
	}

	private void failed(long mine, String problem) {
		if (mine != generation || disposed) {
			return;
		}
		String against = source.label();
		source = null;
		pending = false;
		painter.show(CompareMarks.NONE);
		publish(new Comparison(Phase.FAILED, against, null, null, problem));
		MessageDialog.openError(shell.get(), "Compare With", "Could not compare with " + against + ":\n" + problem);
	}

	private void publish(Comparison newState) {
		state = newState;
		listeners.forEach(listener -> listener.accept(newState));
	}

	/** The first diagram of {@code resource} that shows {@code base}, or null. */
	private static Diagram diagramOf(Resource resource, Network base) {
		return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
				.filter(diagram -> diagram.getNetwork() == base).findFirst().orElse(null);
	}
}
