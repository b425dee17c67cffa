package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.views.proposals.ProposalDetailsPane;
import io.github.netreview.editor.views.proposals.ProposalsView;
import io.github.netreview.model.topology.Network;

/** The Proposals view in the real workbench: the details pane, Copy, Save Change Request, and Apply with its undo. */
class ProposalsViewWorkbenchTest extends WorkbenchTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	@TempDir
	Path dir;

	@Test
	void selectingHeadquartersBestProposalShowsItsChangeRowVerificationAndIos() throws Exception {
		DiagramEditor editor = open();
		ProposalsView view = showProposals();
		Proposal best = ViewLists.<Proposal>items(view).get(0);
		assertEquals("deny-rule", best.id());
		ProposalDetailsPane details = select(view, best);

		List<List<String>> changes = rows(details.changeTable());
		assertEquals(3, changes.size(), changes.toString());
		assertEquals(List.of("1", "core-sw-01", "firewall policy NETREVIEW-DENY", "(created)", ""), changes.get(0).subList(0, 5));
		assertTrue(changes.stream().allMatch(row -> row.get(1).equals("core-sw-01")), changes.toString());
		assertTrue(rows(details.requiredFlowsTable()).contains(List.of("Cameras stream to the NVR", "works", "works")),
				rows(details.requiredFlowsTable()).toString());
		List<String> verification = details.verificationText().lines().toList();
		assertTrue(verification.contains("Taken off the core: cam-lobby-02"), verification.toString());
		assertTrue(verification.contains("Collateral: none"), verification.toString());
		assertTrue(verification.contains("Inferred flows: none"), verification.toString());
		String ios = details.configuration().text();
		assertTrue(ios.contains("interface Vlan30\n ip access-group NETREVIEW-deny-rule in\n"), ios);
		assertFalse(ios.contains("no ip access-group"), "the rollback is in the saved change request, not in what is copied");

		editor.zoomToFit();
		Path png = Screenshots.ofWorkbench("hq-proposal-details");
		assertShownWhole(details.changeTable());
		assertShownWhole(details.requiredFlowsTable());
		assertTrue(Files.size(png) > 10_000, "a real picture was written to " + png);
	}

	@Test
	void everyProposalFillsTheChangeTableWithARowPerEditAndHasIos() throws Exception {
		open();
		ProposalsView view = showProposals();
		for (Proposal proposal : ViewLists.<Proposal>items(view)) {
			ProposalDetailsPane details = select(view, proposal);
			assertEquals(proposal.edits().size(), details.changeTable().getItemCount(), proposal.id());
			assertEquals(3, details.requiredFlowsTable().getItemCount(), proposal.id());
			assertTrue(details.configuration().text().startsWith("! ---- "), proposal.id() + ": " + details.configuration().text());
		}
		ViewLists.select(view, List.of());
		flush();
		assertEquals(null, view.details().shown(), "nothing selected, nothing shown");
		assertEquals(0, view.details().changeTable().getItemCount());
	}

	@Test
	void copyPutsTheIosOnTheClipboardAndSaveWritesTheChangeRequestAsMarkdownOrHtml() throws Exception {
		open();
		ProposalsView view = showProposals();
		ProposalDetailsPane details = select(view, ViewLists.<Proposal>items(view).get(0));
		details.configuration().copy();
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals(details.configuration().text(), clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}

		Path markdown = dir.resolve("deny-rule.md");
		details.configuration().save(markdown);
		String text = Files.readString(markdown);
		assertTrue(text.startsWith("# Change request: proposal deny-rule (DENY\\_RULE)"), text);
		assertTrue(text.contains(" ip access-group NETREVIEW-deny-rule in\n") && text.contains(" no ip access-group NETREVIEW-deny-rule in\n"),
				"change and rollback");
		Path html = dir.resolve("deny-rule.html");
		details.configuration().save(html);
		String page = Files.readString(html);
		assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, Math.min(200, page.length())));
		assertTrue(page.contains(" ip access-group NETREVIEW-deny-rule in"), "the IOS is in the page");
		assertEquals(List.of("deny-rule.html", "deny-rule.md"), Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("deny-rule"))
				.sorted().toList(), "no temporary file is left beside them");
	}

	@Test
	void applyNamesTheUndoThatWorksAndTheToolbarsUndoAndTheKeysRevertIt() throws Exception {
		DiagramEditor editor = open();
		Network network = editor.getDiagram().getNetwork();
		Network original = EcoreUtil.copy(network);
		ProposalsView view = showProposals();
		Proposal best = ViewLists.<Proposal>items(view).get(0);
		select(view, best);
		ViewLists.press(view, "Apply");
		flush();
		assertFalse(EcoreUtil.equals(original, network), "applied");
		assertEquals(view, page.getActivePart(), "the view is still the active part");
		String message = view.getContentDescription();
		assertTrue(message.contains("Edit > Undo") && message.contains("Ctrl+Z") && message.contains("toolbar"), message);
		assertEquals("Undo Apply proposal deny-rule", EditMenuItems.item("Undo"), "Edit > Undo, as the message says, names the proposal");
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).contains(KeySequence.getInstance("CTRL+Z")),
				"the key the message names");

		ToolItem undo = toolItem("undo");
		assertTrue(undo.getEnabled(), "the toolbar's Undo is enabled while the Proposals view is active");
		assertTrue(undo.getToolTipText().contains("Apply proposal deny-rule"), undo.getToolTipText());
		click(undo);
		assertTrue(EcoreUtil.equals(original, network), "the toolbar's Undo reverts the proposal");

		click(toolItem("redo"));
		assertFalse(EcoreUtil.equals(original, network), "redone");
		view.setFocus();
		Keyboard.press('z', SWT.CTRL);
		assertTrue(EcoreUtil.equals(original, network), "Ctrl+Z in the Proposals view reverts it too");
		assertTrue(Arrays.asList(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).contains(KeySequence.getInstance("CTRL+SHIFT+Z")));
		Keyboard.press('z', SWT.CTRL, SWT.SHIFT);
		assertFalse(EcoreUtil.equals(original, network), "Ctrl+Shift+Z redoes it");
		page.activate(editor);
		DiagramProbe.viewer(editor).getControl().setFocus();
		Keyboard.press('z', SWT.CTRL);
		assertTrue(EcoreUtil.equals(original, network), "and Ctrl+Z in the diagram undoes it");
	}

	private DiagramEditor open() throws Exception {
		Path file = Files.copy(HQ, dir.resolve("hq.netreview"));
		DiagramEditor editor = (DiagramEditor) page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		flush();
		return editor;
	}

	private ProposalsView showProposals() throws Exception {
		ProposalsView view = (ProposalsView) page.showView(ProposalsView.ID);
		long deadline = System.currentTimeMillis() + 60_000;
		while (ViewLists.<Proposal>items(view).isEmpty() && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		assertFalse(ViewLists.<Proposal>items(view).isEmpty(), "the proposals were computed");
		return view;
	}

	private static ProposalDetailsPane select(ProposalsView view, Proposal proposal) throws InterruptedException {
		ViewLists.select(view, List.of(proposal));
		ProposalDetailsPane details = view.details();
		long deadline = System.currentTimeMillis() + 30_000;
		while ((details.shown() == null || details.shown().proposal() != proposal) && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		assertNotNull(details.shown(), "the details pane shows the proposal");
		return details;
	}

	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(item.getText(column));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Every cell's text fits its column, and every column fits the table, at the window's 1600x1000. */
	private static void assertShownWhole(Table table) {
		GC gc = new GC(table);
		try {
			int widths = 0;
			for (int column = 0; column < table.getColumnCount(); column++) {
				int width = table.getColumn(column).getWidth();
				widths += width;
				for (TableItem item : table.getItems()) {
					// only a long value may be cut, and hovering it shows it whole
					assertTrue(gc.textExtent(item.getText(column)).x < width || item.getText(column).length() > 24,
							"'" + item.getText(column) + "' is cut in its column");
				}
			}
			assertTrue(widths <= table.getClientArea().width, "the columns fit the table: " + widths + " > " + table.getClientArea().width);
		} finally {
			gc.dispose();
		}
	}

	/** The item of the window's toolbar that shows the action {@code id}. */
	private static ToolItem toolItem(String id) {
		List<ToolItem> items = new ArrayList<>();
		collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), items);
		return items.stream().filter(item -> item.getData() instanceof ActionContributionItem contribution
				&& id.equals(contribution.getAction().getId())).findFirst().orElseThrow(() -> new AssertionError("no toolbar item " + id));
	}

	private static void collect(Control control, List<ToolItem> items) {
		if (control instanceof ToolBar bar) {
			items.addAll(Arrays.asList(bar.getItems()));
		}
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> collect(child, items));
		}
	}

	private static void click(ToolItem item) {
		item.notifyListeners(SWT.Selection, new Event());
		flush();
	}
}
