package io.github.netreview.editor.views.proposals;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

import io.github.netreview.analysis.proposals.Verification.FlowStatus;

/** The required flows before and after the change: whether each works or fails, BROKEN where the change stops it. */
public final class RequiredFlowsViewer {

	private final TableViewer viewer;

	RequiredFlowsViewer(Composite parent) {
		viewer = Columns.table(parent);
		Columns.add(viewer, "Required flow", FlowStatus.class, FlowStatus::shownName);
		Columns.add(viewer, "Before", FlowStatus.class, flow -> works(flow.before()));
		Columns.add(viewer, "After", FlowStatus.class, flow -> flow.broken() ? "BROKEN" : works(flow.after()));
		Columns.stretch(viewer, 0);
		show(List.of());
	}

	private static String works(boolean works) {
		return works ? "works" : "fails";
	}

	void show(List<FlowStatus> flows) {
		viewer.setInput(flows);
		Columns.fit(viewer);
		viewer.getTable().notifyListeners(SWT.Resize, new Event());
	}

	Table table() {
		return viewer.getTable();
	}
}
