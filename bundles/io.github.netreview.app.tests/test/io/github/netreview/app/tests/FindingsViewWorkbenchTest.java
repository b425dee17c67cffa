package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.views.findings.FindingsView;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;

/**
 * The Findings view as a review meeting uses it, driven through its widgets: the details of the selected finding, the
 * filter bar, grouping, natural sort by a column header, the counts in the title and Copy through the workbench's
 * command.
 */
class FindingsViewWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	/** The view keeps its filter while open: each test starts with a fresh one. */
	@AfterEach
	void closeTheView() {
		page.hideView(page.findView(FindingsView.ID));
	}

	@Test
	void theDetailsPaneSpellsOutTheSelectedFindingAndItsPath() throws Exception {
		HeadquartersDiagram.open(page, dir);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		int all = ViewLists.<Finding>items(view).size();
		assertTrue(all >= 16, all + " findings");
		assertEquals("Findings (" + all + ")", view.getPartName());
		assertTrue(view.getContentDescription().startsWith("1 critical, "), view.getContentDescription());
		ViewLists.select(view, List.of(ViewLists.<Finding>items(view).get(0)));
		flush();
		String details = find(view, StyledText.class).get(0).getText();
		assertTrue(details.startsWith("CRITICAL RESTRICTED_PATH_TO_CORE\n"), details);
		assertTrue(details.contains("acc-sw-02: in Gi1/0/30 (access VLAN 30), out Te1/1/1 (trunk "), details);
		assertTrue(details.contains("Moved to the lobby in 2024"), "the device's description: " + details);
		Finding waived = ViewLists.<Finding>items(view).stream().filter(Finding::waived).findFirst().orElseThrow();
		ViewLists.select(view, List.of(waived));
		flush();
		assertTrue(find(view, StyledText.class).get(0).getText().contains("approved by J. Smith, Departmental Security Officer, until 2027-06-30"));
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-findings-details")) > 10_000);
	}

	@Test
	void filteringAndGroupingChangeWhatIsListedAndTheTitleCountsIt() throws Exception {
		HeadquartersDiagram.open(page, dir);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		int all = ViewLists.<Finding>items(view).size();
		long lobby = ViewLists.<Finding>items(view).stream().filter(f -> f.subject() instanceof Device d && d.getName().equals("cam-lobby-02")).count();
		long severe = ViewLists.<Finding>items(view).stream().filter(f -> f.severity().atLeast(Severity.ERROR)).count();
		Text search = find(view, Text.class).get(0);
		search.setText("lobby");
		flush();
		assertEquals("Findings (" + lobby + " of " + all + ")", view.getPartName());
		Tree tree = find(view, Tree.class).get(0);
		for (TreeItem item : tree.getItems()) {
			assertTrue(item.getText(2).equals("cam-lobby-02"), item.getText(2));
		}
		search.setText("");
		choose(combo(view, "severity"), "Error or worse");
		assertEquals("Findings (" + severe + " of " + all + ")", view.getPartName());
		choose(combo(view, "severity"), "All severities");
		choose(combo(view, "vendor"), "Dahua");
		assertTrue(List.of(tree.getItems()).stream().allMatch(item -> item.getText(2).equals("cam-car-park-01") || item.getText(2).equals("cam-loading-bay-01")));
		choose(combo(view, "vendor"), "All vendors");
		choose(combo(view, "grouping"), "Group by rule");
		List<String> groups = List.of(tree.getItems()).stream().map(item -> item.getText(0)).toList();
		assertTrue(groups.contains("RESTRICTED_ON_SENSITIVE_SITE (6)"), groups.toString());
		assertEquals(6, List.of(tree.getItems()).stream().filter(item -> item.getText(0).startsWith("RESTRICTED_ON_SENSITIVE_SITE")).findFirst()
				.orElseThrow().getItemCount());
	}

	@Test
	void clickingTheDeviceHeaderSortsNamesByTheirNumbers() throws Exception {
		Path file = dir.resolve("campus.netreview");
		Network network = CampusGenerator.generate(600, 3);
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network, "diagram-campus", "Campus"));
		ModelFiles.save(resource, file);
		DiagramEditor editor = (DiagramEditor) page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		HeadquartersDiagram.awaitAnalysis(editor);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		Tree tree = find(view, Tree.class).get(0);
		TreeColumn device = List.of(tree.getColumns()).stream().filter(c -> c.getText().equals("Device")).findFirst().orElseThrow();
		device.notifyListeners(SWT.Selection, new Event());
		flush();
		List<String> names = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			names.add(item.getText(2));
		}
		List<String> natural = new ArrayList<>(names);
		natural.sort(NaturalOrder.INSTANCE);
		assertEquals(natural, names);
		assertTrue(names.stream().anyMatch(n -> n.matches("cam-\\d{2}")) && names.stream().anyMatch(n -> n.matches("cam-\\d{3}")),
				"names of two and three digits to sort: " + names);
		assertTrue(!names.equals(names.stream().sorted().toList()), "natural order is not the text order here");
	}

	@Test
	void copyPutsTheSelectedRowsOnTheClipboardAsTabSeparatedText() throws Exception {
		HeadquartersDiagram.open(page, dir);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		List<Finding> two = ViewLists.<Finding>items(view).stream().filter(f -> f.rule() == Rule.RESTRICTED_ON_SENSITIVE_SITE).limit(2).toList();
		ViewLists.select(view, two);
		page.activate(view);
		flush();
		view.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		List<String> lines = text.lines().toList();
		assertEquals(3, lines.size(), text);
		assertTrue(lines.get(0).startsWith("Severity\tRule\tDevice\tMessage\t"), lines.get(0));
		assertTrue(lines.get(1).startsWith("ERROR\tRESTRICTED_ON_SENSITIVE_SITE\t"), lines.get(1));
	}

	private static void choose(Combo combo, String item) {
		combo.select(combo.indexOf(item));
		assertEquals(item, combo.getText());
		combo.notifyListeners(SWT.Selection, new Event());
		flush();
	}

	private static Combo combo(FindingsView view, String name) {
		return find(view, Combo.class).stream().filter(c -> name.equals(c.getData("name"))).findFirst().orElseThrow();
	}

	/** The view's widgets of a type, found from its list (which takes the focus) up to the view's own composite. */
	private static <T extends Control> List<T> find(FindingsView view, Class<T> type) {
		view.getSite().getPage().activate(view);
		view.setFocus();
		flush();
		Control list = Display.getCurrent().getFocusControl();
		assertTrue(list instanceof Tree, "the list takes the focus: " + list);
		List<T> found = new ArrayList<>();
		collect(list.getParent().getParent(), type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}
}
