package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.topology.TopologyPackage;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SelfContainedResourceSetTest {

	@TempDir
	Path dir;

	@Test
	void opensItsModelFileAndNoOtherUri() throws Exception {
		Path file = TestModels.writeSmall(dir.resolve("small.netreview"));
		Resource resource = ModelFiles.load(file);
		URIConverter converter = resource.getResourceSet().getURIConverter();
		try (InputStream own = converter.createInputStream(resource.getURI())) {
			assertTrue(own.read() >= 0);
		}
		try (SilentServer server = new SilentServer(); Fifo fifo = new Fifo(dir.resolve("other.fifo"))) {
			for (URI other : new URI[] { URI.createURI(server.url("x.ecore")), URI.createFileURI(fifo.path().toString()),
					URI.createFileURI(dir.resolve("other.netreview").toString()) }) {
				IOException refusal = assertTimeoutPreemptively(Duration.ofSeconds(5),
						() -> assertThrows(IOException.class, () -> converter.createInputStream(other).close()));
				assertTrue(refusal.getMessage().contains("not the model's own file"), refusal.getMessage());
				assertTimeoutPreemptively(Duration.ofSeconds(5),
						() -> assertThrows(IOException.class, () -> converter.createOutputStream(other).close()));
			}
			assertEquals(0, server.connections());
			assertTrue(!fifo.wasOpened());
		}
	}

	@Test
	void knowsNetReviewsPackagesAndNoOthers() {
		Resource resource = ModelFiles.newResource(dir.resolve("new.netreview"));
		assertSame(TopologyPackage.eINSTANCE, resource.getResourceSet().getPackageRegistry().getEPackage(TopologyPackage.eNS_URI));
		assertNull(resource.getResourceSet().getPackageRegistry().getEPackage(EcorePackage.eNS_URI));
	}
}
