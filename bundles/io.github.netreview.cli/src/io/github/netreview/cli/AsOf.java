package io.github.netreview.cli;

import java.time.LocalDate;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import picocli.CommandLine.Option;

/** The --as-of option: the day waivers are judged against (today unless given), for reviews of a past or future date. */
final class AsOf {

	@Option(names = "--as-of", paramLabel = "DATE", description = "Judge waivers as of DATE (YYYY-MM-DD) instead of today.")
	LocalDate date;

	Analyzer analyzer() {
		return new Analyzer(date(), IeeeRegistry.system());
	}

	/** The day judged: --as-of's, else today. */
	LocalDate date() {
		return date == null ? LocalDate.now() : date;
	}
}
