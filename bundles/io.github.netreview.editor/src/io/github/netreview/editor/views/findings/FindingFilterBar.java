package io.github.netreview.editor.views.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingFilter;
import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;

/** The Findings view's filter bar: severity, rule, site and vendor choices, a search field, and the grouping. */
public final class FindingFilterBar {

	private static final String[] SEVERITIES = { "All severities", "Critical", "Error or worse", "Warning or worse" };
	private static final Severity[] AT_LEAST = { null, Severity.CRITICAL, Severity.ERROR, Severity.WARNING };

	private final Combo severity;
	private final Combo rule;
	private final Combo site;
	private final Combo vendor;
	private final Text text;
	private final Combo grouping;

	FindingFilterBar(Composite parent, Runnable changed) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(6, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		severity = choice(bar, changed, "severity");
		severity.setItems(SEVERITIES);
		severity.select(0);
		rule = choice(bar, changed, "rule");
		site = choice(bar, changed, "site");
		vendor = choice(bar, changed, "vendor");
		text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Filter by text");
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> changed.run());
		grouping = choice(bar, changed, "grouping");
		for (FindingGroups.By by : FindingGroups.By.values()) {
			grouping.add(by.label);
		}
		grouping.select(0);
	}

	private static Combo choice(Composite bar, Runnable changed, String name) {
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData("name", name);
		combo.addListener(SWT.Selection, event -> changed.run());
		return combo;
	}

	/** Offers the rules, sites and vendors {@code findings} name, keeping each choice made when it is still offered. */
	void offer(List<Finding> findings) {
		refill(rule, "All rules", findings, f -> f.rule().name());
		refill(site, "All sites", findings, FindingFilter::siteOf);
		refill(vendor, "All vendors", findings, FindingFilter::vendorOf);
	}

	private static void refill(Combo combo, String all, List<Finding> findings, Function<Finding, String> value) {
		String chosen = combo.getSelectionIndex() > 0 ? combo.getItem(combo.getSelectionIndex()) : null;
		TreeSet<String> values = new TreeSet<>(NaturalOrder.INSTANCE);
		findings.stream().map(value).filter(v -> !v.isEmpty()).forEach(values::add);
		List<String> items = new ArrayList<>();
		items.add(all);
		items.addAll(values);
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, chosen == null ? 0 : items.indexOf(chosen)));
		combo.getParent().layout();
	}

	/** The filter the bar now sets. */
	FindingFilter filter() {
		return new FindingFilter(AT_LEAST[Math.max(0, severity.getSelectionIndex())], chosen(rule) == null ? null : Rule.valueOf(chosen(rule)),
				chosen(site), chosen(vendor), text.getText());
	}

	/** The grouping the bar now sets. */
	FindingGroups.By grouping() {
		return FindingGroups.By.values()[Math.max(0, grouping.getSelectionIndex())];
	}

	private static String chosen(Combo combo) {
		return combo.getSelectionIndex() > 0 ? combo.getItem(combo.getSelectionIndex()) : null;
	}
}
