package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** releng/scripts/select-jdk.sh, which ./netreview, ./mvnw and .ci/run source: it asks each JDK its version once. */
class SelectJdkTest {

	private static final Path SCRIPT = Path.of("../../releng/scripts/select-jdk.sh").toAbsolutePath().normalize();

	@Test
	void eachJdkIsAskedItsVersionOnceAcrossCalls(@TempDir Path dir) throws IOException, InterruptedException {
		Path jvms = Files.createDirectories(dir.resolve("jvm"));
		Path calls = dir.resolve("calls");
		fakeJdk(jvms.resolve("old-17"), "17", calls);
		fakeJdk(jvms.resolve("new-21"), "21", calls);
		assertEquals(jvms.resolve("new-21").toString(), select(dir, jvms, "").strip());
		assertEquals(2, Files.readAllLines(calls).size(), "both JDKs asked on the first call");
		assertEquals(jvms.resolve("new-21").toString(), select(dir, jvms, "").strip());
		assertEquals(jvms.resolve("new-21").toString(), select(dir, jvms, "").strip());
		assertEquals(2, Files.readAllLines(calls).size(), "nobody asked again: the launcher does not pay a JVM start per JDK per call");
	}

	@Test
	void withoutAJdk21ItSaysWhereToGetOneForTheDistribution(@TempDir Path dir) throws IOException, InterruptedException {
		Path jvms = Files.createDirectories(dir.resolve("jvm"));
		fakeJdk(jvms.resolve("old-17"), "17", dir.resolve("calls"));
		String err = select(dir, jvms, "2>&1 >/dev/null; echo exit=$?");
		assertTrue(err.contains("NetReview needs a JDK 21 or newer"), err);
		assertTrue(err.contains("Debian 12 has no JDK 21: install Eclipse Temurin 21 or later"), err);
		assertTrue(err.contains("exit=1"), err);
	}

	private static String select(Path home, Path jvms, String redirect) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c",
				". '" + SCRIPT + "'; unset JAVA_HOME; netreview_select_jdk " + redirect + (redirect.isEmpty() ? " && echo \"$JAVA_HOME\"" : ""));
		builder.environment().put("HOME", home.toString());
		builder.environment().remove("XDG_CACHE_HOME");
		builder.environment().put("NETREVIEW_JVM_DIRS", jvms.toString());
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}

	/** A JDK whose java prints the version line select-jdk reads and notes each call in {@code calls}. */
	private static void fakeJdk(Path home, String version, Path calls) throws IOException {
		Path bin = Files.createDirectories(home.resolve("bin"));
		String java = "#!/bin/sh\necho called >> '" + calls + "'\necho '    java.specification.version = " + version + "' >&2\n";
		for (String tool : new String[] { "java", "javac" }) {
			Path file = Files.writeString(bin.resolve(tool), java);
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}
}
