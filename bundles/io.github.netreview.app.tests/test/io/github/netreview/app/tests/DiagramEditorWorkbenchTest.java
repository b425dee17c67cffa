package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.export.DiagramImageFile;
import io.github.netreview.editor.diagram.overlay.PreviewMarks;
import io.github.netreview.editor.diagram.overlay.ProblemMarkers;
import io.github.netreview.editor.views.findings.FindingsView;
import io.github.netreview.editor.views.proposals.ProposalsView;
import io.github.netreview.editor.views.zones.ZoneMatrixView;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** The diagram editor in the real workbench, driven through its viewer, edit parts, requests and command stack. */
class DiagramEditorWorkbenchTest extends WorkbenchTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	@TempDir
	Path dir;

	@Test
	void highlightsTheRestrictedCamerasPathAndFollowsEdits() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		Network network = editor.getDiagram().getNetwork();
		awaitAnalysis(editor);
		Device lobby = device(network, "cam-lobby-02");
		Device entrance = device(network, "cam-entrance-01");
		assertTrue(DiagramProbe.isMarkedRestricted(editor, lobby));
		assertTrue(DiagramProbe.isMarkedRestricted(editor, entrance));
		assertTrue(DiagramProbe.isHighlighted(editor, lobby), "the camera with a path to the core is highlighted");
		assertTrue(DiagramProbe.isHighlighted(editor, device(network, "core-sw-01")), "so is the core switch on its path");
		assertFalse(DiagramProbe.isHighlighted(editor, entrance), "an isolated restricted camera is not");
		assertFalse(DiagramProbe.isMarkedRestricted(editor, device(network, "nvr-01")));

		Interface port = device(network, "acc-sw-02").getInterfaces().stream().filter(p -> p.getName().equals("Gi1/0/30")).findFirst()
				.orElseThrow();
		port.setAccessVlan(40); // the isolation proposal: the lobby camera joins the CCTV VLAN
		awaitAnalysis(editor);
		assertFalse(DiagramProbe.isHighlighted(editor, lobby), "the path is gone once the port is retagged");
		assertTrue(DiagramProbe.isMarkedRestricted(editor, lobby));
		assertTrue(DiagramProbe.analysisLatencyMillis(editor) > 0);
		System.out.printf("TIMING headquarters: overlay %.0f ms after an edit%n", DiagramProbe.analysisLatencyMillis(editor));
	}

	@Test
	void theFindingsViewListsTheFindingsAndSelectingOneSelectsItsPath() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		List<Finding> findings = ViewLists.<Finding>items(view);
		assertEquals(editor.overlay().findings(), findings);
		Finding path = findings.stream().filter(f -> f.rule() == Rule.RESTRICTED_PATH_TO_CORE).findFirst().orElseThrow();
		assertEquals(Rule.RESTRICTED_PATH_TO_CORE, findings.get(0).rule(), "most severe first");
		ViewLists.select(view, List.of(path));
		flush();
		List<String> selected = new ArrayList<>();
		for (Object part : DiagramProbe.viewer(editor).getSelectedEditParts()) {
			Object model = ((EditPart) part).getModel();
			if (model instanceof Node node) {
				selected.add(node.getElement().getName());
			}
		}
		assertTrue(selected.containsAll(List.of("cam-lobby-02", "acc-sw-02", "core-sw-01")), selected.toString());
		assertTrue(DiagramProbe.viewer(editor).getSelectedEditParts().stream().anyMatch(p -> ((EditPart) p).getModel() instanceof Edge),
				"the links of the path are selected too");
	}

	@Test
	void proposalsPreviewWithoutTouchingTheModelThenApplyAndUndoExactly() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		Network network = editor.getDiagram().getNetwork();
		Network original = EcoreUtil.copy(network);
		ProposalsView view = (ProposalsView) page.showView(ProposalsView.ID);
		long deadline = System.currentTimeMillis() + 60_000;
		while (ViewLists.<Proposal>items(view).isEmpty() && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		List<Proposal> proposals = ViewLists.<Proposal>items(view);
		assertEquals(List.of("deny-rule", "minimum-cut", "insert-firewall", "replace", "isolate"), proposals.stream().map(Proposal::id).toList());

		ViewLists.select(view, List.of(proposals.get(2)));
		flush();
		assertEquals("insert-firewall", proposals.get(2).id());
		assertEquals(1, DiagramProbe.ghostCount(editor), "the firewall the proposal would add is drawn, dashed, by the link it splits");
		assertTrue(network.getDevices().stream().noneMatch(d -> d.getName().startsWith("fw-cam")), "but is not in the model");

		Proposal cut = proposals.get(1);
		ViewLists.select(view, List.of(cut));
		flush();
		Link cable = network.getLinks().stream().filter(l -> l.getId().equals("link-dev-cam-lobby-02")).findFirst().orElseThrow();
		assertEquals(PreviewMarks.Kind.REMOVED, DiagramProbe.previewMarkOf(editor, cable), "the cut link is drawn struck out");
		assertTrue(cable.isEnabled(), "a preview changes nothing");

		Proposal isolate = proposals.get(4);
		ViewLists.select(view, List.of(isolate));
		flush();
		Device accessSwitch = device(network, "acc-sw-02");
		assertEquals(PreviewMarks.Kind.CHANGED, DiagramProbe.previewMarkOf(editor, accessSwitch), "the retagged port's switch is amber");
		assertEquals(null, DiagramProbe.previewMarkOf(editor, cable), "the previous preview is gone");
		assertEquals(0, DiagramProbe.ghostCount(editor));
		assertTrue(EcoreUtil.equals(original, network), "previews never touch the model");
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-proposal-preview")) > 10_000);

		ViewLists.press(view, "Apply");
		awaitAnalysis(editor);
		Interface port = accessSwitch.getInterfaces().stream().filter(p -> p.getName().equals("Gi1/0/30")).findFirst().orElseThrow();
		assertEquals(40, port.getAccessVlan());
		assertFalse(DiagramProbe.isHighlighted(editor, device(network, "cam-lobby-02")), "the applied proposal removed the path");
		assertEquals(null, DiagramProbe.previewMarkOf(editor, accessSwitch), "applying clears the preview");

		DiagramProbe.commands(editor).undo();
		awaitAnalysis(editor);
		assertTrue(EcoreUtil.equals(original, network), "undo restores the network exactly");
		assertTrue(DiagramProbe.isHighlighted(editor, device(network, "cam-lobby-02")));
	}

	@Test
	void previewTooltipsShowEachEditOnOneShortLine() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		ProposalsView view = (ProposalsView) page.showView(ProposalsView.ID);
		long deadline = System.currentTimeMillis() + 60_000;
		while (ViewLists.<Proposal>items(view).isEmpty() && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		Proposal deny = ViewLists.<Proposal>items(view).stream().filter(p -> p.id().equals("deny-rule")).findFirst().orElseThrow();
		ViewLists.select(view, List.of(deny));
		flush();
		Network network = editor.getDiagram().getNetwork();
		IFigure figure = ((GraphicalEditPart) DiagramProbe.partOf(editor, nodeOf(editor.getDiagram().getNodes(), device(network, "core-sw-01")))).getFigure();
		String tip = ((Label) figure.getToolTip()).getText();
		assertTrue(tip.contains("Proposal: add firewall rule 'Deny cam-lobby-02 to Core'"), tip);
		assertTrue(tip.lines().allMatch(line -> line.length() <= 100), tip);
		for (String example : List.of("hq", "regional-office")) {
			Network other = ModelFiles.loadNetwork(Path.of("../../examples/" + example + ".netreview"));
			for (Proposal proposal : new Proposer(Analyzer.standard()).propose(other)) {
				for (PreviewMarks.Mark mark : PreviewMarks.of(proposal, ElementIds.of(other)).marks().values()) {
					assertTrue(mark.lines().size() <= 8, example + " " + proposal.id() + ": " + mark.lines());
					assertTrue(mark.lines().stream().allMatch(line -> line.length() <= 90), example + " " + proposal.id() + ": " + mark.lines());
				}
			}
		}
	}

	@Test
	void applyingAFirewallInsertionDrawsTheNewFirewallAndUndoRemovesIt() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		Diagram diagram = editor.getDiagram();
		Network network = diagram.getNetwork();
		int edges = diagram.getEdges().size();
		Proposal[] insert = { null };
		editor.computeProposals((copy, list) -> insert[0] = list.stream().filter(p -> p.id().equals("insert-firewall")).findFirst().orElseThrow());
		long deadline = System.currentTimeMillis() + 60_000;
		while (insert[0] == null && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		editor.apply(insert[0]);
		flush();
		Device firewall = device(network, "fw-cam-lobby-02-acc-sw-02");
		assertNotNull(nodeOfOrNull(diagram.getNodes(), firewall), "the new firewall is drawn");
		assertEquals(edges + 1, diagram.getEdges().size(), "and its second link");
		assertNotNull(DiagramProbe.partOf(editor, nodeOfOrNull(diagram.getNodes(), firewall)));
		awaitAnalysis(editor);
		assertFalse(DiagramProbe.isHighlighted(editor, device(network, "cam-lobby-02")));
		DiagramProbe.commands(editor).undo();
		flush();
		assertEquals(edges, diagram.getEdges().size());
		assertTrue(network.getDevices().stream().noneMatch(d -> "fw-cam-lobby-02-acc-sw-02".equals(d.getName())));
	}

	@Test
	void theZoneMatrixShowsTheStaffLanReachingTheCoreAndRevealsThePathBehindIt() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		ZoneMatrixView view = (ZoneMatrixView) page.showView(ZoneMatrixView.ID);
		flush();
		assertEquals("-", ZoneTable.cellText(view, "CCTV", "Core"), "the CCTV VLAN reaches nothing");
		assertTrue(ZoneTable.cellText(view, "Staff LAN", "Core").contains("core-sw-01"), ZoneTable.cellText(view, "Staff LAN", "Core"));
		assertEquals("itself", ZoneTable.cellText(view, "Core", "Core"));
		List<String> zones = editor.overlay().zoneMatrix().zones().stream().map(z -> z.getName()).toList();
		ZoneTable.click(view, zones.indexOf("Staff LAN"), zones.indexOf("Core"));
		flush();
		List<String> selected = new ArrayList<>();
		for (Object part : DiagramProbe.viewer(editor).getSelectedEditParts()) {
			if (((EditPart) part).getModel() instanceof Node node) {
				selected.add(node.getElement().getName());
			}
		}
		assertTrue(selected.containsAll(List.of("core-sw-01", "cam-lobby-02", "acc-sw-02")), selected.toString());
	}

	@Test
	void thePropertiesOfADeviceEditItsMakeWithUndoAndTheOverlayFollows() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		Network network = editor.getDiagram().getNetwork();
		Device store = device(network, "cam-store-01");
		assertFalse(DiagramProbe.isMarkedRestricted(editor, store));
		EditPart part = DiagramProbe.partOf(editor, nodeOf(editor.getDiagram().getNodes(), store));
		IPropertySource properties = (IPropertySource) ((IAdaptable) part).getAdapter(IPropertySource.class);
		Object manufacturer = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("manufacturer")).findFirst().orElseThrow().getId();
		properties.setPropertyValue(manufacturer, "Zhejiang Dahua Technology Co., Ltd.");
		assertEquals("Zhejiang Dahua Technology Co., Ltd.", store.getManufacturer());
		awaitAnalysis(editor);
		assertTrue(DiagramProbe.isMarkedRestricted(editor, store), "the overlay follows an edit made in the Properties view");
		Object interfaces = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("interfaces")).findFirst().orElseThrow().getId();
		IPropertySource cards = (IPropertySource) properties.getPropertyValue(interfaces);
		IPropertySource eth0 = (IPropertySource) cards.getPropertyValue(cards.getPropertyDescriptors()[0].getId());
		Object vlan = Arrays.stream(eth0.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("accessVlan")).findFirst()
				.orElseThrow().getId();
		eth0.setPropertyValue(vlan, "not a number");
		assertTrue(DiagramProbe.commands(editor).getUndoCommand().getLabel().startsWith("Set manufacturer"), "text that does not parse changes nothing");
		eth0.setPropertyValue(vlan, "40");
		assertEquals(40, store.getInterfaces().get(0).getAccessVlan());
		DiagramProbe.commands(editor).undo();
		assertEquals(null, store.getInterfaces().get(0).getAccessVlan());
		DiagramProbe.commands(editor).undo();
		assertEquals(null, store.getManufacturer(), "undo takes the make back");
	}

	@Test
	void createsACameraAndItsLinkWithUndoRedoAndSaves() throws Exception {
		Path file = Files.copy(HQ, dir.resolve("hq.netreview"));
		DiagramEditor editor = open(file);
		Diagram diagram = editor.getDiagram();
		Network network = diagram.getNetwork();
		int devices = network.getDevices().size();
		int links = network.getLinks().size();
		Node cctv = zoneNode(diagram, "CCTV");
		EditPart zonePart = DiagramProbe.partOf(editor, cctv);
		assertNotNull(zonePart);

		CreateRequest create = new CreateRequest();
		create.setFactory(factory(DeviceRole.CAMERA));
		create.setLocation(new Point(5, 5));
		Command createCamera = zonePart.getCommand(create);
		assertNotNull(createCamera, "the zone accepts a camera from the palette");
		DiagramProbe.commands(editor).execute(createCamera);
		flush();
		assertEquals(devices + 1, network.getDevices().size());
		Device camera = network.getDevices().get(devices);
		assertEquals(DeviceRole.CAMERA, camera.getRole());
		assertEquals("CCTV", camera.getZone().getName(), "the camera takes the zone it is dropped in");
		Node cameraNode = cctv.getChildren().get(cctv.getChildren().size() - 1);
		assertEquals(camera, cameraNode.getElement());
		assertNotNull(DiagramProbe.partOf(editor, cameraNode), "the new camera is drawn");
		assertTrue(editor.isDirty());

		Node nvr = nodeOf(diagram.getNodes(), device(network, "nvr-01"));
		CreateConnectionRequest connect = new CreateConnectionRequest();
		connect.setFactory(factory(null));
		connect.setType(RequestConstants.REQ_CONNECTION_START);
		connect.setTargetEditPart(DiagramProbe.partOf(editor, cameraNode));
		Command start = DiagramProbe.partOf(editor, cameraNode).getCommand(connect);
		assertNotNull(start);
		connect.setStartCommand(start);
		connect.setSourceEditPart(DiagramProbe.partOf(editor, cameraNode));
		connect.setType(RequestConstants.REQ_CONNECTION_END);
		connect.setTargetEditPart(DiagramProbe.partOf(editor, nvr));
		Command link = DiagramProbe.partOf(editor, nvr).getCommand(connect);
		assertNotNull(link);
		DiagramProbe.commands(editor).execute(link);
		flush();
		assertEquals(links + 1, network.getLinks().size());
		Link cable = network.getLinks().get(links);
		assertEquals(camera, cable.getEndA().getDevice());
		assertEquals("nvr-01", cable.getEndB().getDevice().getName());
		assertEquals(1, diagram.getEdges().stream().filter(e -> e.getElement() == cable).count());

		DiagramProbe.commands(editor).undo();
		DiagramProbe.commands(editor).undo();
		flush();
		assertEquals(devices, network.getDevices().size());
		assertEquals(links, network.getLinks().size());
		assertFalse(editor.isDirty());
		DiagramProbe.commands(editor).redo();
		DiagramProbe.commands(editor).redo();
		flush();
		assertEquals(devices + 1, network.getDevices().size());
		assertEquals(links + 1, network.getLinks().size());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		Network saved = ModelFiles.loadNetwork(file);
		assertEquals(devices + 1, saved.getDevices().size());
		assertEquals(links + 1, saved.getLinks().size());
	}

	@Test
	void autoLayoutRunsDotAndUndoesInOneStep() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		Node first = editor.getDiagram().getNodes().get(0);
		Node camera = nodeOf(editor.getDiagram().getNodes(), device(editor.getDiagram().getNetwork(), "cam-lobby-02"));
		int[] before = { camera.getX(), camera.getY(), first.getWidth(), first.getHeight() };
		LayoutPlan[] done = { null };
		editor.autoLayout(plan -> done[0] = plan);
		long deadline = System.currentTimeMillis() + 60_000;
		while (done[0] == null && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		assertNotNull(done[0], "the layout finished");
		assertEquals("dot", done[0].engine());
		assertFalse(before[0] == camera.getX() && before[1] == camera.getY() && before[2] == first.getWidth()
				&& before[3] == first.getHeight(), "dot moved things");
		assertTrue(editor.isDirty());
		DiagramProbe.commands(editor).undo();
		flush();
		assertEquals(before[0], camera.getX());
		assertEquals(before[1], camera.getY());
		assertEquals(before[2], first.getWidth());
		assertEquals(before[3], first.getHeight());
	}

	@Test
	void screenshotOfTheLaidOutHeadquartersWithItsHighlightedPath() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		boolean[] done = { false };
		editor.autoLayout(plan -> done[0] = true);
		long deadline = System.currentTimeMillis() + 60_000;
		while (!done[0] && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		awaitAnalysis(editor);
		Network network = editor.getDiagram().getNetwork();
		assertTrue(DiagramProbe.isHighlighted(editor, device(network, "core-sw-01")));
		editor.zoomToFit();
		Path png = Screenshots.ofWorkbench("hq-layout");
		assertTrue(Files.size(png) > 10_000, "a real picture was written to " + png);
	}

	@Test
	void autoLayoutDrawsLinksAlongTheirRoutesAndAMoveDropsThemUndoably() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		boolean[] done = { false };
		editor.autoLayout(plan -> done[0] = true);
		long deadline = System.currentTimeMillis() + 60_000;
		while (!done[0] && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		assertTrue(done[0], "the layout finished");
		Diagram diagram = editor.getDiagram();
		Node core = nodeOf(diagram.getNodes(), device(diagram.getNetwork(), "core-sw-01"));
		List<Edge> coreLinks = diagram.getEdges().stream().filter(e -> e.getSource() == core || e.getTarget() == core).toList();
		flush();
		int bent = 0;
		for (Edge edge : diagram.getEdges()) {
			org.eclipse.draw2d.Connection line = (org.eclipse.draw2d.Connection) ((GraphicalEditPart) DiagramProbe.partOf(editor, edge)).getFigure();
			assertTrue(line.getPoints().size() >= edge.getBendpoints().size(), edge.getId() + " is drawn through its route");
			bent += line.getPoints().size() > 2 ? 1 : 0;
		}
		assertTrue(bent > 0, "some links bend around boxes");
		awaitAnalysis(editor);
		editor.zoomToFit();
		Path png = Screenshots.ofWorkbench("hq-auto-layout");
		assertTrue(Files.size(png) > 10_000, "a real picture was written to " + png);
		Path docs = Path.of("../../docs/screenshots");
		if (Files.isDirectory(docs)) {
			Files.copy(png, docs.resolve("hq-auto-layout.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}

		GraphicalEditPart corePart = (GraphicalEditPart) DiagramProbe.partOf(editor, core);
		org.eclipse.gef.requests.ChangeBoundsRequest move = new org.eclipse.gef.requests.ChangeBoundsRequest(RequestConstants.REQ_MOVE_CHILDREN);
		move.setEditParts(corePart);
		move.setMoveDelta(new Point(40, 0));
		Command command = corePart.getParent().getCommand(move);
		assertTrue(command != null && command.canExecute(), "the core switch can be moved");
		DiagramProbe.commands(editor).execute(command);
		flush();
		assertTrue(coreLinks.stream().allMatch(e -> e.getBendpoints().isEmpty()), "the moved switch's links lost their routes");
		DiagramProbe.commands(editor).undo();
		flush();
		assertTrue(coreLinks.stream().noneMatch(e -> e.getBendpoints().isEmpty()), "undo gave them back");
	}

	@Test
	void screenshotOfTheHeadquartersWithItsCriticalFindingSelected() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		ViewLists.select(view, List.of(ViewLists.<Finding>items(view).get(0)));
		page.activate(editor);
		Path png = Screenshots.ofWorkbench("hq-findings");
		assertTrue(Files.size(png) > 10_000, "a real picture was written to " + png);
	}

	@Test
	void deletingTheLobbyCameraRemovesItsLinksAndPathAndUndoRestoresEverything() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		Diagram diagram = editor.getDiagram();
		Network network = diagram.getNetwork();
		Resource resource = editor.getResource();
		Network originalNetwork = EcoreUtil.copy(network);
		Diagram originalDiagram = EcoreUtil.copy(diagram);
		Device lobby = device(network, "cam-lobby-02");
		EditPart part = DiagramProbe.partOf(editor, nodeOf(diagram.getNodes(), lobby));
		DiagramProbe.viewer(editor).select(part);
		IAction delete = ((ActionRegistry) editor
				.getAdapter(ActionRegistry.class)).getAction(ActionFactory.DELETE.getId());
		((SelectionAction) delete).update();
		assertTrue(delete.isEnabled());
		delete.run();
		flush();
		assertTrue(network.getDevices().stream().noneMatch(d -> d.getName().equals("cam-lobby-02")));
		assertTrue(network.getLinks().stream().noneMatch(l -> l.getId().equals("link-dev-cam-lobby-02")));
		assertTrue(diagram.getEdges().stream().allMatch(e -> e.getElement() != null && e.getElement().eContainer() != null));
		awaitAnalysis(editor);
		assertTrue(editor.overlay().findings().stream().noneMatch(f -> f.rule() == Rule.RESTRICTED_PATH_TO_CORE));
		DiagramProbe.commands(editor).undo();
		flush();
		assertTrue(EcoreUtil.equals(originalNetwork, network), "undo restores the network");
		assertTrue(EcoreUtil.equals(originalDiagram, diagram), "and the diagram");
		assertEquals(resource, diagram.eResource());
	}

	@Test
	void draggingALinkEndOntoAnotherDeviceRecablesItWithUndo() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		Diagram diagram = editor.getDiagram();
		Network network = diagram.getNetwork();
		Link cable = network.getLinks().stream().filter(l -> l.getId().equals("link-dev-cam-lobby-02")).findFirst().orElseThrow();
		Interface oldEnd = cable.getEndB();
		Edge edge = diagram.getEdges().stream().filter(e -> e.getElement() == cable).findFirst().orElseThrow();
		Node cctvSwitch = nodeOf(diagram.getNodes(), device(network, "cctv-sw-01"));
		ReconnectRequest reconnect = new ReconnectRequest(RequestConstants.REQ_RECONNECT_TARGET);
		reconnect.setConnectionEditPart((ConnectionEditPart) DiagramProbe.partOf(editor, edge));
		reconnect.setTargetEditPart(DiagramProbe.partOf(editor, cctvSwitch));
		Command command = DiagramProbe.partOf(editor, cctvSwitch).getCommand(reconnect);
		assertNotNull(command);
		DiagramProbe.commands(editor).execute(command);
		assertEquals("cctv-sw-01", cable.getEndB().getDevice().getName());
		assertEquals(cctvSwitch, edge.getTarget());
		DiagramProbe.commands(editor).undo();
		assertEquals(oldEnd, cable.getEndB());
		assertTrue(device(network, "cctv-sw-01").getInterfaces().stream().noneMatch(p -> p.getName().startsWith("port")));
	}

	@Test
	void aModelInTheWorkspaceGetsItsFindingsAsProblemMarkers() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("review");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("hq.netreview");
		if (file.exists()) {
			file.delete(true, null);
		}
		try (var in = Files.newInputStream(HQ)) {
			file.create(in, true, null);
		}
		DiagramEditor editor = (DiagramEditor) page.openEditor(EditorInputs.of(file), DiagramEditor.ID);
		awaitAnalysis(editor);
		Job.getJobManager().join(ProblemMarkers.FAMILY, null);
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, 0);
		assertEquals(editor.overlay().findings().size(), markers.length);
		IMarker path = Arrays.stream(markers)
				.filter(m -> "RESTRICTED_PATH_TO_CORE".equals(m.getAttribute("rule", ""))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, path.getAttribute(IMarker.SEVERITY, -1));
		int line = path.getAttribute(IMarker.LINE_NUMBER, -1);
		assertTrue(Files.readAllLines(HQ).get(line - 1).contains("id=\"dev-cam-lobby-02\""), "the marker is on the camera's line");
		assertTrue(path.isSubtypeOf(IMarker.PROBLEM), "a problem marker, so the Problems view lists it");
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void renamesADeviceInPlaceWithUndo() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		Device nvr = device(editor.getDiagram().getNetwork(), "nvr-01");
		EditPart part = DiagramProbe.partOf(editor, nodeOf(editor.getDiagram().getNodes(), nvr));
		DirectEditRequest rename = new DirectEditRequest();
		TextCellEditor text = new TextCellEditor(DiagramProbe.viewer(editor).getControl().getParent());
		text.setValue("nvr-main");
		rename.setCellEditor(text);
		Command command = part.getCommand(rename);
		assertNotNull(command);
		DiagramProbe.commands(editor).execute(command);
		assertEquals("nvr-main", nvr.getName());
		DiagramProbe.commands(editor).undo();
		assertEquals("nvr-01", nvr.getName());
		text.dispose();
	}

	@Test
	void theOutlineShowsAThumbnailOfTheDiagram() throws Exception {
		open(Files.copy(HQ, dir.resolve("hq.netreview")));
		ContentOutline outline = (ContentOutline) page
				.showView(IPageLayout.ID_OUTLINE);
		flush();
		IPage current = outline.getCurrentPage();
		assertEquals("ThumbnailOutline", current.getClass().getSimpleName());
		assertTrue(current.getControl() instanceof Canvas && !current.getControl().isDisposed());
	}

	@Test
	void exportsTheDiagramAsPngAndSvg() throws Exception {
		DiagramEditor editor = open(Files.copy(HQ, dir.resolve("hq.netreview")));
		awaitAnalysis(editor);
		Path png = dir.resolve("hq.png");
		Path svg = dir.resolve("hq.svg");
		DiagramImageFile.write(png, editor.getDiagram(), editor.overlay());
		DiagramImageFile.write(svg, editor.getDiagram(), editor.overlay());
		ImageData image = new ImageData(png.toString());
		assertTrue(image.width > 800 && image.height > 600, image.width + "x" + image.height);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
		assertTrue(text.contains("<title>cam-lobby-02 (restricted)</title>"), "the overlay is in the SVG");
		assertTrue(text.contains("stroke-width=\"5\""), "and so is the highlighted path");
	}

	@Test
	void aModelWithTwoDiagramsShowsEitherWithTheOverlay() throws Exception {
		Path file = dir.resolve("two.netreview");
		org.eclipse.emf.ecore.resource.Resource resource = ModelFiles.load(HQ);
		Network network = (Network) resource.getContents().get(0);
		resource.getContents().add(io.github.netreview.model.build.DiagramBuilder.build(network, "diagram-second", "Second view"));
		ModelFiles.save(resource, file);
		DiagramEditor editor = open(file);
		awaitAnalysis(editor);
		assertEquals(List.of("Headquarters", "Second view"), editor.diagrams().stream().map(Diagram::getName).toList());
		editor.showDiagram(editor.diagrams().get(1));
		flush();
		assertEquals("Second view", editor.getDiagram().getName());
		assertEquals(editor.getDiagram(), DiagramProbe.viewer(editor).getContents().getModel());
		assertTrue(DiagramProbe.isHighlighted(editor, device(editor.getDiagram().getNetwork(), "cam-lobby-02")), "the overlay carries over");
	}

	@Test
	void droppedModelFilesOpenAndOtherFilesAreLeftAlone() throws Exception {
		Path model = Files.copy(HQ, dir.resolve("dropped.netreview"));
		Path text = Files.writeString(dir.resolve("notes.txt"), "not a model");
		new io.github.netreview.app.ModelFileDrop(PlatformUI.getWorkbench().getActiveWorkbenchWindow())
				.open(new String[] { text.toString(), model.toString() });
		flush();
		assertEquals(1, page.getEditorReferences().length);
		assertEquals("dropped.netreview", page.getActiveEditor().getTitle());
	}

	@Test
	void aNetworkWithoutADiagramGetsOne() throws Exception {
		Path file = dir.resolve("plain.netreview");
		Files.writeString(file, Files.readString(HQ).replaceAll("(?s)<notation:Diagram.*</notation:Diagram>\\s*", ""));
		assertFalse(Files.readString(file).contains("notation:Diagram"), "the copy has no diagram");
		DiagramEditor editor = open(file);
		assertEquals(device(editor.getDiagram().getNetwork(), "cam-lobby-02").getName(), "cam-lobby-02");
		assertFalse(editor.getDiagram().getNodes().isEmpty());
		assertTrue(editor.isDirty(), "the new diagram is there to be saved");
	}

	private static CreationFactory factory(DeviceRole role) {
		return new CreationFactory() {
			@Override
			public Object getNewObject() {
				return role;
			}

			@Override
			public Object getObjectType() {
				return role == null ? "link" : role;
			}
		};
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	private static Node zoneNode(Diagram diagram, String name) {
		for (var all = diagram.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Node node && node.getElement() != null && name.equals(node.getElement().getName())
					&& node.getElement() instanceof Zone) {
				return node;
			}
		}
		throw new AssertionError("no zone node " + name);
	}

	private static Node nodeOf(List<Node> nodes, Device device) {
		Node node = nodeOfOrNull(nodes, device);
		assertNotNull(node, "no node for " + device.getName());
		return node;
	}

	private static Node nodeOfOrNull(List<Node> nodes, Device device) {
		for (Node node : nodes) {
			if (node.getElement() == device) {
				return node;
			}
			Node inner = nodeOfOrNull(node.getChildren(), device);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private DiagramEditor open(Path file) throws PartInitException {
		IEditorPart part = page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		flush();
		return assertInstanceOf(DiagramEditor.class, part);
	}

	private static void awaitAnalysis(DiagramEditor editor) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		do {
			flush();
			Thread.sleep(20);
			flush();
		} while (!DiagramProbe.analysisIdle(editor) && System.currentTimeMillis() < deadline);
		assertTrue(DiagramProbe.analysisIdle(editor), "the analysis finished");
	}
}
