package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.io.ModelFiles;

/** File &gt; Import: NetBox (folder or URL) and CSV wizards write a new model file, open it, and report what they left out. */
class ImportWizardsWorkbenchTest extends WorkbenchTest {

	private static final Path CAMPUS = Path.of("../../examples/netbox-campus").toAbsolutePath().normalize();
	private static final Path OFFICE_CSV = Path.of("../io.github.netreview.cli/test/golden/export-office.csv").toAbsolutePath().normalize();
	private static final String FOLDER = "io.github.netreview.app.import.netboxFolder";
	private static final String URL = "io.github.netreview.app.import.netboxUrl";
	private static final String CSV = "io.github.netreview.app.import.csv";

	@TempDir
	Path dir;

	@AfterEach
	void closeReports() {
		WizardRun.readAndClose("Import Report");
	}

	@Test
	void theNetReviewImportWizardsAreListedUnderFileImport() {
		IWizardCategory category = PlatformUI.getWorkbench().getImportWizardRegistry().getRootCategory()
				.findCategory(new org.eclipse.core.runtime.Path("io.github.netreview.app.interchange"));
		List<String> names = Arrays.stream(category.getWizards()).map(IWizardDescriptor::getLabel).toList();
		assertEquals(List.of("NetBox export (directory)", "NetBox (live URL, token)", "CSV"), names);
	}

	@Test
	void aNetboxExportFolderBecomesAModelOpenInTheDiagramEditorWithWhatWasLeftOut() throws Exception {
		Path model = dir.resolve("campus.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(FOLDER, Map.of("NetBox export folder:", CAMPUS.toString(), "Network file:",
				model.toString()));
		assertTrue(outcome.finished(), String.valueOf(outcome.error()));
		assertEquals(18, ModelFiles.loadNetwork(model).getDevices().size(), "as import netbox writes it");
		DiagramEditor editor = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
		assertEquals(model, ((ModelFileInput) editor.getEditorInput()).file().toAbsolutePath());
		assertEquals(18, editor.getDiagram().getNetwork().getDevices().size());
		String report = String.join("\n", WizardRun.readAndClose("Import Report"));
		assertTrue(report.contains("Wrote " + model + ": "), report);
		assertTrue(report.contains("not used: circuits/circuits (circuits_circuits.json)"), report);
	}

	@Test
	void aMissingPageWritesNothingAndNamesTheFileWhosePageIsMissing() throws Exception {
		Path export = Files.createDirectory(dir.resolve("export"));
		try (Stream<Path> files = Files.list(CAMPUS)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().equals("dcim_interfaces_2.json")).toList()) {
				Files.copy(file, export.resolve(file.getFileName()));
			}
		}
		Path model = dir.resolve("gap.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(FOLDER, Map.of("NetBox export folder:", export.toString(), "Network file:",
				model.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().contains("the page after dcim_interfaces.json"), outcome.error());
		assertTrue(outcome.error().contains("is missing"), outcome.error());
		assertFalse(Files.exists(model));
		assertEquals(null, page.getActiveEditor());
	}

	@Test
	void aCsvFileBecomesAModelOpenInTheDiagramEditor() throws Exception {
		Path model = dir.resolve("office.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(CSV, Map.of("CSV file:", OFFICE_CSV.toString(), "Network file:", model.toString()));
		assertTrue(outcome.finished(), String.valueOf(outcome.error()));
		DiagramEditor editor = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
		assertEquals(12, editor.getDiagram().getNetwork().getDevices().size());
		assertEquals(12, ModelFiles.loadNetwork(model).getDevices().size());
		String report = String.join("\n", WizardRun.readAndClose("Import Report"));
		assertTrue(report.contains("12 devices"), report);
	}

	@Test
	void aBadCsvRowIsNamedWithItsLineAndNothingIsWritten() throws Exception {
		String header = Files.readAllLines(OFFICE_CSV).get(0);
		Path csv = Files.writeString(dir.resolve("bad.csv"), header + "\ndevice,d1,cam-1,,,,KETTLE,,,,,,,,,,,,,\n");
		Path model = dir.resolve("bad.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(CSV, Map.of("CSV file:", csv.toString(), "Network file:", model.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().startsWith(csv + ":2: role 'KETTLE' is not one of"), outcome.error());
		assertTrue(outcome.details().contains(csv + ":2:"), outcome.details());
		assertFalse(Files.exists(model));
	}

	@Test
	void aCsvWithoutDevicesIsNoSilentSuccess() throws Exception {
		String header = Files.readAllLines(OFFICE_CSV).get(0);
		Path csv = Files.writeString(dir.resolve("empty.csv"), header + "\n");
		Path model = dir.resolve("empty.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(CSV, Map.of("CSV file:", csv.toString(), "Network file:", model.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().startsWith(csv + ": no device rows"), outcome.error());
		assertFalse(Files.exists(model));
	}

	@Test
	void anExistingModelFileIsNeverOverwritten() throws Exception {
		Path model = Files.writeString(dir.resolve("kept.netreview"), "mine");
		WizardRun.Outcome outcome = WizardRun.importWith(CSV, Map.of("CSV file:", OFFICE_CSV.toString(), "Network file:", model.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().contains("exists"), outcome.error());
		assertEquals("mine", Files.readString(model));
	}

	@Test
	void aNetboxAddressThatIsNotHttpIsRefusedBeforeAnythingIsWritten() throws IOException, Exception {
		Path model = dir.resolve("live.netreview");
		WizardRun.Outcome outcome = WizardRun.importWith(URL, Map.of("NetBox URL:", "ftp://netbox.example.com", "API token:", "0123456789abcdef",
				"Network file:", model.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().contains("'ftp://netbox.example.com' is not an http(s) address"), outcome.error());
		assertFalse(Files.exists(model));
	}

	@Test
	void theLiveWizardAsksNetboxForTheSitesAndTenantsGiven() throws Exception {
		List<String> asked = new CopyOnWriteArrayList<>();
		HttpServer netbox = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		netbox.createContext("/", exchange -> {
			asked.add(exchange.getRequestURI().toString());
			exchange.sendResponseHeaders(503, -1); // an outage: the import stops at the first request
			exchange.close();
		});
		netbox.start();
		try {
			Path model = dir.resolve("london.netreview");
			WizardRun.Outcome outcome = WizardRun.importWith(URL, Map.of("NetBox URL:", "http://127.0.0.1:" + netbox.getAddress().getPort(),
					"API token:", "0123456789abcdef", "Sites (slugs):", "london-hq, leeds", "Tenants (slugs):", "acme", "Network file:",
					model.toString()));
			assertFalse(outcome.finished(), "NetBox did not answer");
			assertFalse(Files.exists(model), "nothing is written");
			assertFalse(asked.isEmpty());
			assertTrue(asked.get(0).startsWith("/api/dcim/sites/?") && asked.get(0).contains("slug=london-hq&slug=leeds&tenant=acme"),
					"the sites asked for, only: " + asked);
		} finally {
			netbox.stop(0);
		}
	}
}
