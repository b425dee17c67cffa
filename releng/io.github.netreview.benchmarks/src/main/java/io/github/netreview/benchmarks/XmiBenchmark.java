package io.github.netreview.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;

/** Loading and saving {@code *.netreview} files of generated campuses; the file size is printed at setup. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class XmiBenchmark {

	@Param({ "10000", "100000" })
	int devices;

	private Path directory;
	private Path file;
	private Path copy;
	private Resource loaded;

	@Setup(Level.Trial)
	public void writeCampus() throws IOException {
		directory = Files.createTempDirectory("netreview-bench");
		file = directory.resolve("campus.netreview");
		copy = directory.resolve("copy.netreview");
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(CampusGenerator.generate(devices, 1));
		ModelFiles.save(resource, file);
		loaded = ModelFiles.load(file);
		System.out.printf("%n%d devices: %s is %.1f MB%n", devices, file.getFileName(), Files.size(file) / 1e6);
	}

	@TearDown(Level.Trial)
	public void deleteFiles() throws IOException {
		for (Path path : new Path[] { file, copy, ModelFiles.backupOf(copy) }) {
			Files.deleteIfExists(path);
		}
		Files.deleteIfExists(directory);
	}

	@Benchmark
	public Resource load() throws IOException {
		return ModelFiles.load(file);
	}

	@Benchmark
	public Path save() throws IOException {
		ModelFiles.save(loaded, copy);
		return copy;
	}
}
