package io.github.netreview.editor.diagram.overlay;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.analysis.IncrementalAnalyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.topology.Network;

/**
 * Re-analyses the network after edits: an edit (re)starts a short debounce, then an {@link IncrementalAnalyzer} that
 * follows the model's changes brings the analysis up to date on the UI thread (well under a millisecond for one edit
 * of a 100,000-device network; a change of structure, such as a new device, is analysed afresh) and the overlay is
 * delivered. Also measures the time from the last edit to the delivered overlay.
 */
public final class LiveAnalysis {

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
	private IncrementalAnalyzer analyzer;
	/** The day waivers are judged against: a new day starts a new analyzer. */
	private LocalDate day;
	private long generation;
	private long delivered = -1;
	private long editedAt;
	private double lastLatencyMillis = -1;
	private boolean disposed;

	public LiveAnalysis(Network network, Display display, Consumer<Overlay> deliver) {
		this.network = network;
		this.display = display;
		this.deliver = deliver;
		network.eAdapters().add(listener);
	}

	/** Analyses now (as after an edit), e.g. when the editor opens. */
	public void start() {
		edited();
	}

	private void edited() {
		generation++;
		editedAt = System.nanoTime();
		long mine = generation;
		display.timerExec((int) DEBOUNCE_MILLIS, () -> {
			if (mine == generation && !disposed) {
				analyse(mine);
			}
		});
	}

	private void analyse(long mine) {
		LocalDate today = LocalDate.now();
		if (analyzer == null || !today.equals(day)) {
			if (analyzer != null) {
				analyzer.close();
			}
			analyzer = new IncrementalAnalyzer(network, today, IeeeRegistry.system());
			day = today;
		}
		deliver.accept(Overlay.of(analyzer.result()));
		lastLatencyMillis = (System.nanoTime() - editedAt) / 1e6;
		delivered = mine;
	}

	/** Milliseconds from the last edit (or start) to the overlay it produced, -1 before the first. */
	public double lastLatencyMillis() {
		return lastLatencyMillis;
	}

	/** Whether the overlay of the latest edit has been delivered. */
	public boolean idle() {
		return delivered == generation;
	}

	public void dispose() {
		network.eAdapters().remove(listener);
		disposed = true;
		if (analyzer != null) {
			analyzer.close();
		}
	}
}
