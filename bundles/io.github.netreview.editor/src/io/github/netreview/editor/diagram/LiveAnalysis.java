package io.github.netreview.editor.diagram;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.topology.Network;

/**
 * Re-analyses the network after edits, off the UI thread: an edit (re)starts a short debounce, then a copy of the
 * network taken on the UI thread is analysed in a background job, and the result is handed back on the UI thread
 * unless a newer edit came in meanwhile. Also measures the time from the last edit to the delivered overlay.
 */
final class LiveAnalysis {

	static final long DEBOUNCE_MILLIS = 150;

	private final Network network;
	private final Display display;
	private final Consumer<Overlay> deliver;
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				edited();
			}
		}
	};
	private volatile long generation;
	private volatile long delivered = -1;
	private long editedAt;
	private volatile double lastLatencyMillis = -1;
	private Job job;

	LiveAnalysis(Network network, Display display, Consumer<Overlay> deliver) {
		this.network = network;
		this.display = display;
		this.deliver = deliver;
		network.eAdapters().add(listener);
	}

	/** Analyses now (as after an edit), e.g. when the editor opens. */
	void start() {
		edited();
	}

	private void edited() {
		generation++;
		editedAt = System.nanoTime();
		long mine = generation;
		display.timerExec((int) DEBOUNCE_MILLIS, () -> {
			if (mine == generation) {
				analyse(mine);
			}
		});
	}

	private void analyse(long mine) {
		Network snapshot = EcoreUtil.copy(network);
		if (job != null) {
			job.cancel();
		}
		job = Job.create("Analysing " + network.getName(), (IProgressMonitor monitor) -> {
			AnalysisResult result = Analyzer.standard().analyze(snapshot);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Overlay overlay = Overlay.of(result);
			display.asyncExec(() -> {
				if (mine == generation && !display.isDisposed()) {
					deliver.accept(overlay);
					lastLatencyMillis = (System.nanoTime() - editedAt) / 1e6;
					delivered = mine;
				}
			});
			return (IStatus) Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Milliseconds from the last edit (or start) to the overlay it produced, -1 before the first. */
	double lastLatencyMillis() {
		return lastLatencyMillis;
	}

	/** Whether the overlay of the latest edit has been delivered. */
	boolean idle() {
		return delivered == generation;
	}

	void dispose() {
		network.eAdapters().remove(listener);
		generation++;
		if (job != null) {
			job.cancel();
		}
	}
}
