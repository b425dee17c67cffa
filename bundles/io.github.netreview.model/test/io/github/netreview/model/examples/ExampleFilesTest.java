package io.github.netreview.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.NetReviewModel;
import io.github.netreview.model.TestModels;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;

/**
 * The files in examples/ are exactly what the example builders describe, load cleanly and pass the structural
 * checks. Run with -Dnetreview.updateExamples=true to rewrite them after changing a builder.
 */
class ExampleFilesTest {

	private static final Path EXAMPLES = Path.of("../../examples");
	private static final Set<String> RESTRICTED_MAKERS = Set.of("Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision",
			"Zhejiang Dahua Technology Co., Ltd.", "Dahua Technology");

	@BeforeAll
	static void writeWhenAsked() throws IOException {
		NetReviewModel.initStandalone();
		if (Boolean.getBoolean("netreview.updateExamples")) {
			write("hq.netreview", HeadquartersExample.build(), "Headquarters");
			write("regional-office.netreview", RegionalOfficeExample.build(), "Leeds office");
		}
	}

	private static void write(String name, Network network, String diagramName) throws IOException {
		Path file = EXAMPLES.resolve(name);
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		resource.getContents().add(io.github.netreview.model.build.DiagramBuilder.build(network, "diagram-main", diagramName));
		ModelFiles.save(resource, file);
		Files.deleteIfExists(ModelFiles.backupOf(file));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hq.netreview", "regional-office.netreview" })
	void committedFileEqualsItsBuilderAndValidates(String name) throws IOException {
		Resource loaded = ModelFiles.load(EXAMPLES.resolve(name));
		Network expected = name.startsWith("hq") ? HeadquartersExample.build() : RegionalOfficeExample.build();
		Network network = (Network) loaded.getContents().get(0);
		assertTrue(EcoreUtil.equals(expected, network), name + " differs from its builder; run with -Dnetreview.updateExamples=true");
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(network);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
		Diagram diagram = (Diagram) loaded.getContents().get(1);
		assertEquals(network, diagram.getNetwork());
		assertEquals(network.getLinks().size(), diagram.getEdges().size(), "every link is drawn");
	}

	@Test
	void headquartersIsTheSensitiveSiteTheReviewIsAbout() throws IOException {
		Network hq = ModelFiles.loadNetwork(EXAMPLES.resolve("hq.netreview"));
		assertTrue(hq.getDevices().size() >= 35 && hq.getDevices().size() <= 45, hq.getDevices().size() + " devices");
		assertTrue(hq.getSites().get(0).isSensitive());
		assertEquals(Set.of("CORE", "SERVER", "USER", "SURVEILLANCE", "OT", "MANAGEMENT", "DMZ", "EXTERNAL"),
				Set.copyOf(hq.getZones().stream().map(z -> z.getKind().getName()).toList()));
		List<Device> cameras = devices(hq, d -> d.getRole() == DeviceRole.CAMERA);
		assertTrue(cameras.stream().anyMatch(c -> "Axis Communications AB".equals(c.getManufacturer())));
		assertTrue(cameras.stream().filter(c -> c.getManufacturer() != null && RESTRICTED_MAKERS.contains(c.getManufacturer())).count() >= 4);
		assertTrue(cameras.stream().anyMatch(c -> c.getManufacturer() == null && c.getInterfaces().get(0).getMac().startsWith("3C:EF:8C")),
				"one camera is known only by its Dahua MAC block");
		assertEquals(1, devices(hq, d -> d.getRole() == DeviceRole.NVR).size());
		assertEquals(1, devices(hq, d -> d.getRole() == DeviceRole.FIREWALL).size());
		assertEquals(1, devices(hq, d -> d.getRole() == DeviceRole.ROUTER).size());
		assertTrue(devices(hq, d -> d.getRole() == DeviceRole.SWITCH && "zone-core".equals(d.getZone().getId()) && d.isRouting()).size() == 1);
		assertEquals(2, hq.getWaivers().size());
		assertEquals(3, hq.getRequiredFlows().size());
	}

	@Test
	void regionalOfficeIsSmallAndNotSensitive() throws IOException {
		Network office = ModelFiles.loadNetwork(EXAMPLES.resolve("regional-office.netreview"));
		assertTrue(office.getDevices().size() < 15);
		assertTrue(!office.getSites().get(0).isSensitive());
		assertEquals(2, devices(office, d -> d.getRole() == DeviceRole.CAMERA).size());
	}

	@Test
	void builderOutputRoundTripsThroughAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path file = dir.resolve("hq.netreview");
		Resource resource = TestModels.withDiagram(HeadquartersExample.build(), file);
		ModelFiles.save(resource, file);
		assertTrue(EcoreUtil.equals(resource.getContents(), ModelFiles.load(file).getContents()));
	}

	private static List<Device> devices(Network network, Predicate<Device> filter) {
		return network.getDevices().stream().filter(filter).toList();
	}
}
