package io.github.netreview.analysis.findings;

import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.Brands;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;

/**
 * Which findings a reviewer wants to see: at least a severity, one rule, one site, one vendor (brand), and text found
 * in the message, path or device name; null (or blank text) leaves that criterion out.
 */
public record FindingFilter(Severity atLeast, Rule rule, String site, String vendor, String text) implements Predicate<Finding> {

	/** Every finding. */
	public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null);

	@Override
	public boolean test(Finding finding) {
		return (atLeast == null || finding.severity().atLeast(atLeast)) && (rule == null || finding.rule() == rule)
				&& (site == null || site.equals(siteOf(finding))) && (vendor == null || vendor.equals(vendorOf(finding)))
				&& (text == null || text.isBlank() || contains(finding, text.strip().toLowerCase(Locale.ROOT)));
	}

	/** The name of the site of the finding's device, or "" when it has none. */
	public static String siteOf(Finding finding) {
		return finding.subject() instanceof Device device && device.getSite() != null ? ElementLabels.name(device.getSite()) : "";
	}

	/** The brand of the finding's device's maker, or "" when it has none. */
	public static String vendorOf(Finding finding) {
		return finding.subject() instanceof Device device && device.getManufacturer() != null ? Brands.of(device.getManufacturer()) : "";
	}

	private static boolean contains(Finding finding, String needle) {
		if (finding.message().toLowerCase(Locale.ROOT).contains(needle) || PathText.chain(finding.path()).toLowerCase(Locale.ROOT).contains(needle)) {
			return true;
		}
		EObject subject = finding.subject();
		return ElementLabels.name(subject).toLowerCase(Locale.ROOT).contains(needle);
	}
}
