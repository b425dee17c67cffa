package io.github.netreview.model.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.netreview.model.NetReviewModel;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;

class CampusGeneratorTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void init() {
		NetReviewModel.initStandalone();
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 11, 33, 250, 4_999, 12_345 })
	void generatesExactlyTheRequestedNumberOfDevices(int devices) {
		assertEquals(devices, CampusGenerator.generate(devices, 7).getDevices().size());
	}

	@Test
	void refusesCampusesTooSmallToHaveACore() {
		assertThrows(IllegalArgumentException.class, () -> CampusGenerator.generate(9, 1));
	}

	@Test
	void sameSeedSameFileDifferentSeedDifferentNetwork() throws IOException {
		byte[] first = write(CampusGenerator.generate(3_000, 42), "a.netreview");
		byte[] second = write(CampusGenerator.generate(3_000, 42), "b.netreview");
		byte[] other = write(CampusGenerator.generate(3_000, 43), "c.netreview");
		assertArrayEquals(first, second);
		assertFalse(Arrays.equals(first, other));
	}

	@Test
	void campusHasTheShapeOfAnEnterpriseNetwork() {
		Network campus = CampusGenerator.generate(20_000, 3);
		assertEquals(4, campus.getSites().size());
		long cameras = count(campus, DeviceRole.CAMERA);
		assertTrue(cameras >= 0.04 * 20_000 && cameras <= 0.11 * 20_000, cameras + " cameras");
		assertEquals(4, count(campus, DeviceRole.FIREWALL));
		assertEquals(4, count(campus, DeviceRole.NVR));
		Set<String> makers = campus.getDevices().stream().filter(d -> d.getRole() == DeviceRole.CAMERA)
				.map(d -> String.valueOf(d.getManufacturer())).collect(Collectors.toSet());
		assertTrue(makers.containsAll(Set.of("Hikvision", "Axis Communications AB", "Zhejiang Dahua Technology Co., Ltd.", "null")), makers.toString());
		long endpointsPerAccessSwitch = campus.getDevices().stream().filter(d -> d.getName().startsWith("acc-sw"))
				.mapToLong(d -> d.getInterfaces().size() - 1).max().orElseThrow();
		assertEquals(CampusGenerator.ENDPOINTS_PER_ACCESS_SWITCH, endpointsPerAccessSwitch);
		long misplaced = campus.getDevices().stream().filter(d -> d.getRole() == DeviceRole.CAMERA)
				.filter(d -> accessVlanOf(campus, d) == CampusGenerator.VLAN_STAFF).count();
		assertTrue(misplaced > 0 && misplaced < cameras / 4, misplaced + " cameras in a staff VLAN");
		assertTrue(campus.getDevices().stream().allMatch(d -> d.getPolicy() == null || d.getRole() == DeviceRole.FIREWALL));
	}

	@Test
	void generatedCampusPassesTheStructuralChecksAndRoundTrips() throws IOException {
		Network campus = CampusGenerator.generate(2_000, 5);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(campus);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().stream().limit(5).toList().toString());
		Path file = dir.resolve("campus.netreview");
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(campus);
		ModelFiles.save(resource, file);
		assertTrue(EcoreUtil.equals(campus, ModelFiles.loadNetwork(file)));
	}

	private byte[] write(Network network, String name) throws IOException {
		Path file = dir.resolve(name);
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		ModelFiles.save(resource, file);
		return Files.readAllBytes(file);
	}

	private static long count(Network network, DeviceRole role) {
		return network.getDevices().stream().filter(d -> d.getRole() == role).count();
	}

	/** The VLAN of the switch port a device's first card is cabled to. */
	private static int accessVlanOf(Network network, Device device) {
		return network.getLinks().stream().filter(l -> l.getEndA() == device.getInterfaces().get(0))
				.mapToInt(l -> l.getEndB().getAccessVlan()).findFirst().orElseThrow();
	}
}
