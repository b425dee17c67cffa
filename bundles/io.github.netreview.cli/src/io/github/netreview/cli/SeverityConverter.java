package io.github.netreview.cli;

import java.util.Locale;

import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.SafeText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a --fail-on severity in any case: critical, error, warning or info. */
final class SeverityConverter implements ITypeConverter<Severity> {

	@Override
	public Severity convert(String value) {
		try {
			return Severity.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new TypeConversionException("must be critical, error, warning or info, not " + SafeText.echo(value));
		}
	}
}
