package io.github.netreview.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

class AnalysisValidatorTest {

	@Test
	void theDiagnosticianReportsFindingsWithTheirElementsBesideTheStructuralChecks() throws IOException {
		Analyzer analyzer = new Analyzer(Fixture.TODAY, IeeeRegistry.system());
		AnalysisValidator.register(analyzer);
		AnalysisValidator.register(analyzer);
		Network hq = ModelFiles.loadNetwork(Path.of("../../examples/hq.netreview"));
		hq.getSegments().get(0).setVlanId(5000);
		Diagnostic result = Diagnostician.INSTANCE.validate(hq);
		List<Diagnostic> analysis = result.getChildren().stream().filter(d -> AnalysisValidator.SOURCE.equals(d.getSource())).toList();
		assertEquals(analyzer.analyze(hq).findings().size(), analysis.size(), "registering twice adds the analysis once");
		Diagnostic path = analysis.stream().filter(d -> d.getCode() == Rule.RESTRICTED_PATH_TO_CORE.ordinal()).findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, path.getSeverity());
		assertEquals("cam-lobby-02", ((io.github.netreview.model.topology.Device) path.getData().get(0)).getName());
		assertTrue(path.getData().get(path.getData().size() - 1) instanceof Finding);
		assertTrue(analysis.stream().anyMatch(d -> d.getSeverity() == Diagnostic.INFO && d.getMessage().startsWith("[waived by waiver-1]")));
		assertTrue(result.getChildren().stream().anyMatch(d -> d.getMessage().contains("VLAN id 5000 is outside 1-4094")),
				"the structural constraints still run");
	}
}
