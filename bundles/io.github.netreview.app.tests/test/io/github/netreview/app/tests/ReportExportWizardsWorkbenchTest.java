package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.cli.Main;
import io.github.netreview.editor.diagram.DiagramEditor;

/**
 * File &gt; Export &gt; Review report (HTML) and Findings (SARIF): the same bytes as {@code netreview report} and
 * {@code netreview check --format sarif} write for the model open in the editor.
 */
class ReportExportWizardsWorkbenchTest extends WorkbenchTest {

	private static final String REVIEW = "io.github.netreview.app.export.review";
	private static final String SARIF = "io.github.netreview.app.export.sarif";

	@TempDir
	Path dir;

	@Test
	void theReviewReportIsThePageNetreviewReportWritesForTheModel() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Path html = dir.resolve("hq.html");
		WizardRun.Outcome outcome = WizardRun.exportWith(REVIEW, Map.of("File:", html.toString()));
		assertTrue(outcome.finished(), String.valueOf(outcome.error()));
		Path written = dir.resolve("cli.html");
		netreview(0, "report", dir.resolve("hq.netreview").toString(), "--output", written.toString());
		assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(html), "the bytes netreview report writes");
		assertTrue(Files.readString(html).contains("<h3>Proposal deny-rule:"), "the best proposal is shown in detail");
		assertFalse(editor.isDirty(), "working out the proposals left the editor's network alone");
	}

	@Test
	void sarifWaitsForUnsavedChangesToBeSavedAndIsThenTheLogCheckWrites() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		moveCoreSwitch(editor);
		Path sarif = dir.resolve("hq.sarif");
		WizardRun.Outcome unsaved = WizardRun.exportWith(SARIF, Map.of("File:", sarif.toString()));
		assertFalse(unsaved.finished());
		assertEquals("Save the network first (File > Save): SARIF locates each finding on a line of the saved file.", unsaved.error());
		assertFalse(Files.exists(sarif));

		editor.doSave(null);
		WizardRun.Outcome saved = WizardRun.exportWith(SARIF, Map.of("File:", sarif.toString()));
		assertTrue(saved.finished(), String.valueOf(saved.error()));
		Path written = dir.resolve("cli.sarif");
		netreview(1, "check", dir.resolve("hq.netreview").toString(), "--format", "sarif", "--output", written.toString());
		assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(sarif), "the bytes netreview check --format sarif writes");
	}

	/** Drags the core switch 40 pixels to the right: an edit the editor holds until it is saved. */
	private static void moveCoreSwitch(DiagramEditor editor) {
		GraphicalEditPart core = HeadquartersDiagram.part(editor, "core-sw-01");
		ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE_CHILDREN);
		move.setEditParts(core);
		move.setMoveDelta(new Point(40, 0));
		DiagramProbe.commands(editor).execute(core.getParent().getCommand(move));
		flush();
		assertTrue(editor.isDirty());
	}

	/** Runs {@code ./netreview args} in this process and checks its exit code. */
	private static void netreview(int expectedCode, String... args) {
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
		assertEquals(expectedCode, code, String.join(" ", args) + ": " + err);
	}
}
