package io.github.netreview.editor.views.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.LegalBasis;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Segment;

/** The columns of the Findings view: each one's title, the text of a finding in it, and how wide it may grow. */
public enum FindingColumns {
	SEVERITY("Severity", 340, f -> f.severity().name() + (f.waived() ? " (waived)" : "")),
	RULE("Rule", 320, f -> f.rule().name()),
	DEVICE("Device", 220, f -> name(f.subject())),
	MESSAGE("Message", 700, Finding::message),
	PATH("Path", 480, FindingColumns::path),
	SERVICES("Services", 200, f -> f.services() == null ? "" : f.services()),
	LEGAL_BASIS("Legal basis", 420, f -> f.legalBasis().stream().map(LegalBasis::toString).collect(Collectors.joining("; "))),
	WAIVER("Waiver", 260, f -> f.waived() ? f.waiver().getId() + " until " + f.waiver().getExpiry() : "");

	final String title;
	/** The widest the column is packed to; longer text is cut and shown whole in the cell's tooltip. */
	final int widest;
	private final Function<Finding, String> text;

	FindingColumns(String title, int widest, Function<Finding, String> text) {
		this.title = title;
		this.widest = widest;
		this.text = text;
	}

	String text(Finding finding) {
		return text.apply(finding);
	}

	/** The finding's row as tab-separated cells, for the clipboard. */
	static String row(Finding finding) {
		List<String> cells = new ArrayList<>();
		for (FindingColumns column : values()) {
			cells.add(column.text(finding).replace('\t', ' ').replace('\n', ' '));
		}
		return String.join("\t", cells);
	}

	/** The titles as a tab-separated header row. */
	static String header() {
		List<String> titles = new ArrayList<>();
		for (FindingColumns column : values()) {
			titles.add(column.title);
		}
		return String.join("\t", titles);
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
}
