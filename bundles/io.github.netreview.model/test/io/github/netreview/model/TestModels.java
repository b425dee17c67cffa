package io.github.netreview.model;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** Small networks for tests. */
public final class TestModels {

	private TestModels() {
	}

	/** A switch with a camera in the CCTV VLAN and a server in the core VLAN. */
	public static Network small() {
		NetworkBuilder b = new NetworkBuilder("net-small", "Small");
		Site site = b.site("site-1", "Site 1", "1 Test Road", true);
		Zone core = b.zone("zone-core", "Core", ZoneKind.CORE, site, 3);
		Zone cctv = b.zone("zone-cctv", "CCTV", ZoneKind.SURVEILLANCE, site, 2);
		b.segment("seg-core", "Core", core, site, 10, "10.0.10.0/24");
		b.segment("seg-cctv", "CCTV", cctv, site, 40, "10.0.40.0/24");
		Device sw = b.device("dev-sw", "sw-1", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200", site, core);
		Device camera = b.device("dev-cam", "cam-1", DeviceRole.CAMERA, "Hikvision", "DS-2CD2143G2-I", site, cctv);
		Device server = b.device("dev-srv", "srv-1", DeviceRole.SERVER, "Dell Inc.", "R650", site, core);
		b.attach(camera, "4C:BD:8F:00:00:01", "10.0.40.5/24", sw, "Gi1/0/1", 40);
		b.attach(server, "00:06:5B:00:00:01", "10.0.10.5/24", sw, "Gi1/0/2", 10);
		b.link("link-spare", b.nic(server, "eth1", null, null), b.accessPort(sw, "Gi1/0/3", 10), Medium.FIBER).setEnabled(false);
		return b.network();
	}

	/** A resource for {@code file} holding {@code network} and one diagram of it. */
	public static Resource withDiagram(Network network, Path file) {
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network, "diagram-1", "Overview"));
		return resource;
	}

	/** Writes {@link #small()} with a diagram to {@code file}. */
	public static Path writeSmall(Path file) throws IOException {
		ModelFiles.save(withDiagram(small(), file), file);
		return file;
	}
}
