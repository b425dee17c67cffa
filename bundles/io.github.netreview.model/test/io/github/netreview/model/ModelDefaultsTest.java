package io.github.netreview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** Flags that default from another attribute, and ids assigned on save. */
class ModelDefaultsTest {

	@TempDir
	Path dir;

	@Test
	void zoneIsCoreByKindUnlessSetExplicitly() {
		Zone zone = TopologyFactory.eINSTANCE.createZone();
		zone.setKind(ZoneKind.CORE);
		assertTrue(zone.isCore());
		zone.setKind(ZoneKind.SERVER);
		assertFalse(zone.isCore());
		zone.setCore(true);
		assertTrue(zone.isCore());
		zone.setKind(ZoneKind.GUEST);
		assertTrue(zone.isCore(), "an explicit setting wins over the kind");
		zone.unsetCore();
		assertFalse(zone.isCore());
	}

	@Test
	void routersAndFirewallsRouteUnlessSaidOtherwise() {
		Device device = TopologyFactory.eINSTANCE.createDevice();
		device.setRole(DeviceRole.FIREWALL);
		assertTrue(device.isRouting());
		device.setRole(DeviceRole.SWITCH);
		assertFalse(device.isRouting());
		device.setRouting(true);
		assertTrue(device.isRouting());
		device.setRole(DeviceRole.ROUTER);
		device.setRouting(false);
		assertFalse(device.isRouting());
	}

	@Test
	void explicitCoreFlagSurvivesSaveAndDefaultIsNotWritten() throws IOException {
		Network network = TestModels.small();
		network.getZones().get(1).setCore(false);
		Path file = dir.resolve("n.netreview");
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		ModelFiles.save(resource, file);
		String xml = Files.readString(file);
		assertEquals(1, xml.split("core=", -1).length - 1, xml);
		Network loaded = ModelFiles.loadNetwork(file);
		assertTrue(loaded.getZones().get(1).isSetCore());
		assertFalse(loaded.getZones().get(0).isSetCore());
		assertTrue(loaded.getZones().get(0).isCore());
	}

	@Test
	void missingIdsAreAssignedOnSaveAndThenStayPut() throws IOException {
		Network network = TestModels.small();
		Device added = TopologyFactory.eINSTANCE.createDevice();
		added.setName("new");
		network.getDevices().add(added);
		Device another = TopologyFactory.eINSTANCE.createDevice();
		network.getDevices().add(another);
		Path file = dir.resolve("n.netreview");
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		ModelFiles.save(resource, file);
		assertEquals("dev-1", added.getId());
		assertEquals("dev-2", another.getId());
		Network reloaded = ModelFiles.loadNetwork(file);
		Device third = TopologyFactory.eINSTANCE.createDevice();
		reloaded.getDevices().add(third);
		ModelFiles.save(reloaded.eResource(), file);
		assertEquals("dev-3", third.getId());
		assertEquals("dev-1", ModelFiles.loadNetwork(file).getDevices().get(3).getId());
	}
}
