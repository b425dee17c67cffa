package io.github.netreview.report.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.report.ReportGoldenTest;
import io.github.netreview.report.findings.SarifArtifact;

/**
 * Every diff format on the headquarters and a changed version of it (test/golden/hq-changed.netreview: a switch
 * daisy-chained, a camera's core-switch port put into the staff VLAN, a printer taken out, a camera of unknown make
 * added, an access point replaced, a waiver shortened until it expired, a firewall rule opened to a zone), and the
 * textconv text of each, byte for byte against test/golden as of a fixed date; the command line's tests hold
 * {@code netreview diff} to the same files. Rewrite them after an intended change with
 * {@code -Dnetreview.updateGolden=true} and read the diff.
 */
class DiffGoldenTest {

	private static final Path GOLDEN = Path.of("test/golden");
	/** The models as the command line's tests name them, so that the names written into the outputs are the same. */
	static final Path HQ = Path.of("../../examples/hq.netreview");
	static final Path CHANGED = Path.of("../io.github.netreview.report/test/golden/hq-changed.netreview");
	static final Analyzer AS_OF = new Analyzer(LocalDate.of(2026, 11, 29), IeeeRegistry.system());

	static Stream<Arguments> diffs() {
		return Stream.of(diff("diff-hq.txt", DiffText::of), diff("diff-hq.json", DiffJson::of), diff("diff-hq.sarif", review -> ReportGoldenTest.portable(DiffSarif.of(review, SarifArtifact.of(CHANGED, Path.of("../.."))))),
				diff("diff-hq.html", DiffHtml::of));
	}

	private static Arguments diff(String golden, Function<ChangeReview, String> format) {
		return Arguments.of(golden, format);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("diffs")
	void matchesTheGoldenFile(String golden, Function<ChangeReview, String> format) throws Exception {
		assertGolden(golden, format.apply(review(HQ, CHANGED)));
	}

	static Stream<Arguments> textconvs() {
		return Stream.of(Arguments.of("textconv-hq.txt", HQ), Arguments.of("textconv-hq-changed.txt", CHANGED));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("textconvs")
	void theTextconvTextMatchesTheGoldenFile(String golden, Path model) throws Exception {
		assertGolden(golden, ModelTextconv.of(ModelFiles.load(model).getContents(), AS_OF));
	}

	/** The review of the change from {@code base} to {@code now}, failing at error as {@code diff} does by default. */
	static ChangeReview review(Path base, Path now) throws Exception {
		return ChangeReview.of(version(base), version(now), AS_OF, Severity.ERROR);
	}

	static ChangeReview.Version version(Path model) throws Exception {
		return new ChangeReview.Version(model.toString(), model, ModelFiles.load(model).getContents());
	}

	private static void assertGolden(String golden, String written) throws Exception {
		Path file = GOLDEN.resolve(golden);
		if (Boolean.getBoolean("netreview.updateGolden")) {
			Files.writeString(file, written);
		}
		assertTrue(Files.exists(file), file + " is missing: run the build with -Dnetreview.updateGolden=true and review it");
		assertEquals(Files.readString(file), written, golden);
	}
}
