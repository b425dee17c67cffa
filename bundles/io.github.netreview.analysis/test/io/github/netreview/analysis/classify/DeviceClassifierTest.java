package io.github.netreview.analysis.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.TopologyFactory;

class DeviceClassifierTest {

	private final NetworkBuilder b = new NetworkBuilder("n", "n");
	private final IeeeRegistry registry = IeeeRegistry.system();
	private final DeviceClassifier classifier = new DeviceClassifier(VendorCatalog.forNetwork(b.network()), registry);

	private Device camera(String maker, String mac) {
		Device device = b.device("d" + b.network().getDevices().size(), "cam", DeviceRole.CAMERA, maker, null, null, null);
		if (mac != null) {
			b.nic(device, "eth0", mac, null);
		}
		return device;
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hangzhou Hikvision Digital Technology Co.,Ltd.", "Hikvision", "HIKVISION",
			"Hangzhou Hikvision Digital Technology Company", "hangzhou hikvision digital technology co ltd" })
	void recognisesTheCanonicalNameAndAliases(String maker) {
		Classification result = classifier.classify(camera(maker, "00:40:8C:00:00:01"));
		assertEquals("vendor-hikvision", result.vendor().getId());
		assertEquals(Classification.Basis.MANUFACTURER, result.basis());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Shanghai Dahua Scale Factory", "Prama India Private Limited", "ZTEC Instruments, Inc.",
			"SHANGHAI ZTE TECHNOLOGIES CO.,LTD", "Axis Communications AB", "Dahua Scale" })
	void nearMissNamesAreNotRestrictedByName(String maker) {
		Classification result = classifier.classify(camera(maker, "00:40:8C:00:00:01"));
		assertFalse(result.restricted(), maker);
		assertFalse(result.unknownMaker());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Lorex Technology Inc.", "Axis Communications AB", "Shanghai Dahua Scale Factory" })
	void aRestrictedMacUnderAnotherRecordedMakeIsPossiblyRelabelledEquipment(String maker) {
		Classification result = classifier.classify(camera(maker, "4C:BD:8F:00:00:01"));
		assertEquals("vendor-hikvision", result.vendor().getId(), maker);
		assertEquals(Classification.Basis.MAC_BLOCK_OTHER_MAKE, result.basis());
		assertTrue(result.evidence().contains("block 4C:BD:8F") && result.evidence().contains("recorded as '" + maker + "'")
				&& result.evidence().contains("relabelled"), result.evidence());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Generic", "generic", "Unknown", "N/A", "n/a", "OEM", "IP Camera", "-", "", " ", "TBD", "?" })
	void aPlaceholderMakeDoesNotSwitchTheMacCheckOff(String placeholder) {
		Classification result = classifier.classify(camera(placeholder, "4C:BD:8F:30:00:08"));
		assertEquals("vendor-hikvision", result.vendor().getId(), "'" + placeholder + "'");
		assertEquals(Classification.Basis.MAC_BLOCK, result.basis());
		assertTrue(result.makeUnrecorded());
	}

	@Test
	void aPlaceholderMakeWithoutAMacCannotBeClassified() {
		Classification result = classifier.classify(camera("Generic", null));
		assertFalse(result.restricted());
		assertTrue(result.unclassifiable());
		assertFalse(classifier.classify(camera("Axis Communications AB", null)).unclassifiable(), "a real make classifies it");
		assertFalse(classifier.classify(camera("Generic", "00:40:8C:00:00:02")).unclassifiable(), "a MAC lets the registry judge it");
	}

	@ParameterizedTest
	@ValueSource(strings = { "64:F2:FB:00:00:01/vendor-ezviz/vendor-hikvision", "EC:DF:C9:00:00:01/vendor-hikmicro/vendor-hikvision",
			"34:BD:20:00:00:01/vendor-hikrobot/vendor-hikvision", "24:B1:05:00:00:01/vendor-prama-hikvision/vendor-hikvision",
			"90:6A:94:00:00:01/vendor-imou/vendor-dahua" })
	void subsidiariesAndAffiliatesAreRecognisedByTheirOwnBlocks(String macVendorParent) {
		String[] parts = macVendorParent.split("/");
		Classification result = classifier.classify(camera(null, parts[0]));
		assertEquals(parts[1], result.vendor().getId());
		assertEquals(parts[2], result.vendor().getAffiliateOf().getId());
		assertTrue(VendorNames.of(result.vendor()).contains("a subsidiary or affiliate of " + result.vendor().getAffiliateOf().getName()));
		assertTrue(VendorNames.listings(result.vendor()).stream().anyMatch(l -> l.getScope().startsWith("Subsidiary or affiliate of")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "EZVIZ", "HIKMICRO", "Hikrobot", "Imou", "Hangzhou Ezviz Software Co.,Ltd." })
	void subsidiariesAndAffiliatesAreRecognisedByName(String maker) {
		Classification result = classifier.classify(camera(maker, null));
		assertTrue(result.restricted(), maker);
		assertEquals(Classification.Basis.MANUFACTURER, result.basis());
	}

	/** Dell's 00:25:64 and Huawei's 00:25:68 share their first 20 bits: a block is 24 bits, never fewer. */
	@Test
	void aMacBlockIsComparedOnAllTwentyFourBits() {
		Classification dell = classifier.classify(camera(null, "00:25:64:12:34:56"));
		assertFalse(dell.restricted(), "Dell's block 00:25:64 is next to Huawei's 00:25:68, not in it");
		assertEquals("Dell Inc.", dell.registeredTo());
		assertEquals("vendor-huawei", classifier.classify(camera(null, "00:25:68:12:34:56")).vendor().getId());
		assertFalse(classifier.classify(camera(null, "00:25:69:12:34:56")).restricted(), "Sagemcom's 00:25:69 either");
	}

	@Test
	void unknownMakerIsInferredFromTheMacBlockAndSaysSo() {
		Classification result = classifier.classify(camera(null, "E0-50-8B-12-34-56"));
		assertEquals("vendor-dahua", result.vendor().getId());
		assertEquals(Classification.Basis.MAC_BLOCK, result.basis());
		assertTrue(result.evidence().contains("E0:50:8B:12:34:56") && result.evidence().contains("block E0:50:8B"), result.evidence());
		assertEquals("Zhejiang Dahua Technology Co., Ltd.", result.registeredTo());
	}

	@Test
	void aCatalogMediumBlockMatchesOnlyInsideItsTwentyEightBits() {
		Network network = b.network();
		Catalog own = TopologyFactory.eINSTANCE.createCatalog();
		RestrictedVendor vendor = TopologyFactory.eINSTANCE.createRestrictedVendor();
		vendor.setId("vendor-x");
		vendor.setName("Example Surveillance Ltd");
		vendor.getOuiPrefixes().add("40:2C:76:1");
		own.getVendors().add(vendor);
		network.setCatalog(own);
		DeviceClassifier custom = new DeviceClassifier(VendorCatalog.forNetwork(network), registry);
		assertEquals(vendor, custom.classify(camera("", "40:2C:76:1A:BC:DE")).vendor());
		assertNull(custom.classify(camera("", "40:2C:76:2A:BC:DE")).vendor());
		assertEquals(vendor, custom.classify(camera("Example Surveillance Limited", null)).vendor(), "the network's own vendor by name");
		assertEquals("vendor-hikvision", custom.classify(camera("Hikvision", null)).vendor().getId(), "the default catalog still applies");
	}

	@Test
	void unknownMakerWithAnUnrestrictedMacIsNamedByTheRegistry() {
		Classification result = classifier.classify(camera(null, "00:40:8C:01:02:03"));
		assertFalse(result.restricted());
		assertTrue(result.unknownMaker());
		assertEquals("AXIS COMMUNICATIONS AB", result.registeredTo());
	}

	@Test
	void withoutTheRegistryClassificationCarriesOn(@TempDir Path empty) {
		IeeeRegistry missing = IeeeRegistry.load(empty);
		assertFalse(missing.available());
		DeviceClassifier withoutRegistry = new DeviceClassifier(VendorCatalog.forNetwork(b.network()), missing);
		assertEquals("vendor-dahua", withoutRegistry.classify(camera(null, "3C:EF:8C:00:00:01")).vendor().getId());
		assertNull(withoutRegistry.classify(camera(null, "00:40:8C:01:02:03")).registeredTo());
	}
}
