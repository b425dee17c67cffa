package io.github.netreview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.findings.FindingsJson;
import io.github.netreview.report.findings.FindingsSarif;
import io.github.netreview.report.findings.FindingsText;
import io.github.netreview.report.findings.SarifArtifact;
import io.github.netreview.report.findings.SarifBaseline;
import io.github.netreview.report.html.HtmlReport;
import io.github.netreview.report.html.ReviewReport;
import io.github.netreview.report.proposals.ProposalsJson;
import io.github.netreview.report.proposals.ProposalsText;

/**
 * Every report format on the example networks, as the writers write it, byte for byte against test/golden (as of a
 * fixed date, so waivers judge the same way every day); the command line's golden test holds its commands to the same
 * files. SARIF logs are written with the repository as source root, whose file URI the golden files give as
 * {@value #SOURCE_ROOT}. Rewrite them after an intended change with {@code -Dnetreview.updateGolden=true} and read the
 * diff.
 */
public class ReportGoldenTest {

	private static final Path GOLDEN = Path.of("test/golden");
	/** The repository, the source root of the SARIF logs. */
	private static final Path ROOT = Path.of("../..");
	/** What the golden files say for the file URI of {@link #ROOT}, which depends on where the repository is. */
	static final String SOURCE_ROOT = "file:///SOURCE-ROOT/";
	/** The models as the command line's tests name them, so that the paths written into the reports are the same. */
	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");
	private static final Analyzer AS_OF = new Analyzer(LocalDate.of(2026, 11, 29), IeeeRegistry.system());

	/** One report of a model. */
	private interface Report {
		String of(Path model, Reviewed reviewed);
	}

	/** A model's contents with its findings and proposals, worked out as {@code propose} works them out. */
	private record Reviewed(List<EObject> contents, Network network, Assessment before, List<Proposal> proposals) {

		static Reviewed of(Path model) throws Exception {
			List<EObject> contents = ModelFiles.load(model).getContents();
			Network network = (Network) contents.get(0);
			Proposer proposer = new Proposer(AS_OF);
			Assessment before = proposer.assess(network);
			return new Reviewed(contents, network, before, proposer.propose(before));
		}

		AnalysisResult result() {
			return before.result();
		}
	}

	static Stream<Arguments> reports() {
		return Stream.of(
				report("check-hq.txt", HQ, (model, r) -> printed(out -> new FindingsText(out).print(model, r.network(), r.result(), Severity.ERROR))),
				report("check-hq.json", HQ, (model, r) -> FindingsJson.of(model, r.network(), r.result())),
				report("check-hq.sarif", HQ, (model, r) -> FindingsSarif.check(SarifArtifact.of(model, ROOT), r.result(), SarifBaseline.NONE)),
				report("check-hq.html", HQ, (model, r) -> HtmlReport.of("Network check: " + ElementLabels.name(r.network()), r.contents(), r.result(),
						null, null, AS_OF)),
				report("check-office.txt", OFFICE, (model, r) -> printed(out -> new FindingsText(out).print(model, r.network(), r.result(), Severity.ERROR))),
				report("propose-hq.txt", HQ, (model, r) -> printed(out -> new ProposalsText(out).print(model, r.before().coreProblems().size(),
						r.proposals(), ElementIds.of(r.network())))),
				report("propose-hq.sarif", HQ, (model, r) -> FindingsSarif.propose(SarifArtifact.of(model, ROOT), r.result(), r.proposals().get(0))),
				report("propose-office.html", OFFICE, (model, r) -> HtmlReport.of("Segmentation proposals: " + ElementLabels.name(r.network()),
						r.contents(), r.result(), r.proposals(), r.proposals().get(0), AS_OF)),
				report("propose-office.json", OFFICE, (model, r) -> ProposalsJson.of(model, r.network().getId(), r.before().coreProblems().size(),
						r.proposals())));
	}

	private static Arguments report(String golden, Path model, Report report) {
		return Arguments.of(golden, model, report);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void matchesTheGoldenFile(String golden, Path model, Report report) throws Exception {
		assertGolden(golden, report.of(model, Reviewed.of(model)));
	}

	@Test
	void theReviewPageMatchesTheGoldenFile() throws Exception {
		assertGolden("report-hq.html", ReviewReport.of(ModelFiles.load(HQ).getContents(), AS_OF).html());
	}

	/** {@code written} as its golden file has it: the source root's file URI as {@link #SOURCE_ROOT}. */
	public static String portable(String written) {
		try {
			return written.replace("\"" + ROOT.toRealPath().toUri().toASCIIString() + "\"", "\"" + SOURCE_ROOT + "\"");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The headquarters checked against the log of its example after an edit: waiver-2 extended (its expiry finding
	 * absent, its camera's finding updated: now waived) and ws-01 recorded as made by Hikvision (its findings new); one
	 * line per result, its baseline state, rule, subject and whether it is suppressed.
	 */
	@Test
	void baselineStatesMatchTheGoldenFile(@TempDir Path dir) throws Exception {
		Path edited = dir.resolve("hq.netreview");
		Files.writeString(edited, BaselineEdits.apply(Files.readString(HQ)));
		String baseline = FindingsSarif.check(SarifArtifact.of(HQ, ROOT), Reviewed.of(HQ).result(), SarifBaseline.NONE);
		SarifArtifact artifact = SarifArtifact.of(edited, dir);
		String log = FindingsSarif.check(artifact, Reviewed.of(edited).result(),
				SarifBaseline.parse("hq.sarif", baseline, artifact.automationId("check")));
		StringBuilder digest = new StringBuilder();
		for (JsonElement element : JsonParser.parseString(log).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			digest.append(result.get("baselineState").getAsString()).append(' ').append(result.get("ruleId").getAsString()).append(' ')
					.append(result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations").get(0).getAsJsonObject()
							.get("fullyQualifiedName").getAsString())
					.append(result.has("suppressions") ? " (suppressed)" : "").append('\n');
		}
		assertGolden("check-hq-baseline.txt", digest.toString());
	}

	private static void assertGolden(String golden, String text) throws Exception {
		String written = portable(text);
		Path file = GOLDEN.resolve(golden);
		if (Boolean.getBoolean("netreview.updateGolden")) {
			Files.writeString(file, written);
		}
		assertTrue(Files.exists(file), file + " is missing: run the build with -Dnetreview.updateGolden=true and review it");
		assertEquals(Files.readString(file), written, golden);
	}

	private static String printed(Consumer<PrintWriter> print) {
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		print.accept(out);
		out.flush();
		return text.toString();
	}
}
