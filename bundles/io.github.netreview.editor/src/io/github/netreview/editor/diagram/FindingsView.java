package io.github.netreview.editor.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.LegalBasis;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Segment;

/**
 * The findings of the diagram being edited, most severe first: severity, rule, device, path, services, legal basis
 * and waiver. Selecting findings selects their elements (the whole path) on the diagram; double-click scrolls there.
 * It follows the active diagram editor and updates with every analysis.
 */
public final class FindingsView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.findings";

	private TableViewer table;
	private DiagramEditor editor;
	private final Consumer<Overlay> update = overlay -> {
		if (table != null && !table.getControl().isDisposed()) {
			table.setInput(overlay.findings());
		}
	};
	private DiagramEditorTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Severity", 80, f -> f.severity().name() + (f.waived() ? " (waived)" : ""), this::severityColour);
		column("Rule", 230, f -> f.rule().name(), f -> null);
		column("Device", 150, f -> name(f.subject()), f -> null);
		column("Message", 520, Finding::message, f -> null);
		column("Path", 360, FindingsView::path, f -> null);
		column("Services", 110, f -> f.services() == null ? "" : f.services(), f -> null);
		column("Legal basis", 300, f -> f.legalBasis().stream().map(LegalBasis::toString).collect(Collectors.joining("; ")), f -> null);
		column("Waiver", 160, f -> f.waived() ? f.waiver().getId() : "", f -> null);
		table.addSelectionChangedListener(event -> revealSelected(false));
		table.addDoubleClickListener(event -> revealSelected(true));
		getSite().setSelectionProvider(table);
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	private void column(String title, int width, Function<Finding, String> text, Function<Finding, Color> colour) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}

			@Override
			public Color getForeground(Object element) {
				return colour.apply((Finding) element);
			}
		});
	}

	private Color severityColour(Finding finding) {
		Display display = table.getControl().getDisplay();
		return finding.waived() ? display.getSystemColor(SWT.COLOR_DARK_GRAY)
				: finding.severity() == Severity.CRITICAL || finding.severity() == Severity.ERROR ? display.getSystemColor(SWT.COLOR_RED)
						: null;
	}

	private static String name(EObject element) {
		return element instanceof Named named ? named.getName() : ElementLabels.typeName(element);
	}

	private static String path(Finding finding) {
		List<String> hops = new ArrayList<>();
		for (EObject hop : finding.path()) {
			if (hop instanceof Device || hop instanceof Segment) {
				hops.add(name(hop));
			}
		}
		return String.join(" -> ", hops);
	}

	/** The findings now listed. */
	@SuppressWarnings("unchecked")
	public List<Finding> findings() {
		Object input = table.getInput();
		return input == null ? List.of() : List.copyOf((List<Finding>) input);
	}

	/** Selects findings in the list, as a user would (the diagram selection follows). */
	public void select(List<Finding> findings) {
		table.setSelection(new StructuredSelection(findings), true); // tells the listener, which reveals them
	}

	private void revealSelected(boolean scroll) {
		if (editor == null) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Object selected : ((IStructuredSelection) table.getSelection()).toList()) {
			ids.addAll(FindingIds.of((Finding) selected));
		}
		editor.reveal(ids);
		if (scroll) {
			getSite().getPage().activate(editor);
		}
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null) {
			editor.removeOverlayListener(update);
		}
		editor = diagram;
		if (editor != null) {
			editor.addOverlayListener(update);
			update.accept(editor.overlay());
		} else if (table != null && !table.getControl().isDisposed()) {
			table.setInput(List.of());
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.stop();
		follow(null);
		super.dispose();
	}
}
