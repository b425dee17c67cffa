package io.github.netreview.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model as a SARIF log names it: relative to the git work tree holding it, its own folder, or a root given. */
class SarifArtifactTest {

	@TempDir
	Path dir;

	@Test
	void theGitWorkTreeHoldingTheModelIsTheRoot() throws IOException {
		Files.createDirectory(dir.resolve(".git"));
		Path model = model("nets/site a/hq.netreview");
		SarifArtifact artifact = SarifArtifact.of(model);
		assertEquals(dir.toRealPath(), artifact.root());
		assertEquals("nets/site a/hq.netreview", artifact.relative());
		assertEquals("nets/site%20a/hq.netreview", artifact.location().get("uri").getAsString());
		assertEquals(SarifArtifact.SRCROOT, artifact.location().get("uriBaseId").getAsString());
		assertEquals(dir.toRealPath().toUri().toString(), artifact.originalUriBaseIds().getAsJsonObject(SarifArtifact.SRCROOT).get("uri").getAsString());
		assertEquals("netreview/check/nets/site a/hq.netreview/", artifact.automationId("check"));
		assertEquals(artifact.relative(), SarifArtifact.of(dir.resolve("nets/../nets/site a/hq.netreview")).relative(), "the path as typed does not matter");
	}

	@Test
	void aLinkedWorkTreeWhoseGitIsAFileCountsToo() throws IOException {
		Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
		assertEquals("models/hq.netreview", SarifArtifact.of(model("models/hq.netreview")).relative());
	}

	@Test
	void outsideAnyWorkTreeTheModelsFolderIsTheRoot() throws IOException {
		Path model = model("hq.netreview");
		for (Path at = dir.toRealPath(); at != null; at = at.getParent()) {
			assumeTrue(!Files.exists(at.resolve(".git")), "the temporary folder is in no git work tree");
		}
		SarifArtifact artifact = SarifArtifact.of(model);
		assertEquals(dir.toRealPath(), artifact.root());
		assertEquals("hq.netreview", artifact.uri());
	}

	@Test
	void aRootGivenMustHoldTheModel() throws IOException {
		Path model = model("a/b/hq.netreview");
		assertEquals("b/hq.netreview", SarifArtifact.of(model, dir.resolve("a")).relative());
		IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> SarifArtifact.of(model, Files.createDirectory(dir.resolve("c"))));
		assertTrue(outside.getMessage().startsWith(model + " is not inside " + dir.resolve("c")), outside.getMessage());
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> SarifArtifact.of(model, dir.resolve("nowhere")));
		assertEquals(dir.resolve("nowhere") + ": no such directory", missing.getMessage());
		IllegalArgumentException file = assertThrows(IllegalArgumentException.class, () -> SarifArtifact.of(model, model));
		assertEquals(model + ": not a directory", file.getMessage());
	}

	@Test
	void aNameThatLooksLikeASchemeStaysARelativeReference() throws IOException {
		SarifArtifact artifact = SarifArtifact.of(model("c:net 100%.netreview"), dir);
		assertEquals("./c:net%20100%25.netreview", artifact.uri());
		assertEquals("c:net 100%.netreview", artifact.relative());
	}

	private Path model(String path) throws IOException {
		Path model = dir.resolve(path);
		Files.createDirectories(model.getParent());
		return Files.writeString(model, "<network/>");
	}
}
