package io.github.netreview.ide.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.testing.ITestHarness;
import org.eclipse.ui.testing.TestableObject;

/**
 * Runs the Eclipse IDE's own application, {@code org.eclipse.ui.ide.workbench}, and once its workbench is up runs
 * {@link IdeEndToEndCheck} in it through the workbench's test harness hook (as Tycho's UI test harness does). The
 * workbench then closes; the exit code is 0 only when every check passed, and a JUnit XML report says which did.
 *
 * <p>
 * System properties: {@code netreview.ide.model} (the example model to open), {@code netreview.ide.report} (the
 * report to write) and {@code netreview.ide.screenshot} (the PNG of the IDE window to write).
 */
public final class IdeCheckApplication implements IApplication, ITestHarness {

	private static final String IDE_APPLICATION = "org.eclipse.ui.ide.workbench";

	private TestableObject testable;
	private CheckReport report;
	private WorkbenchErrors errors;
	private Path model;
	private Path screenshot;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		model = Path.of(required("netreview.ide.model"));
		screenshot = Path.of(required("netreview.ide.screenshot"));
		Path reportFile = Path.of(required("netreview.ide.report"));
		report = new CheckReport(IdeEndToEndCheck.class.getName());
		errors = new WorkbenchErrors();
		testable = PlatformUI.getTestableObject();
		testable.setTestHarness(this);
		Object exit;
		try {
			exit = ideApplication().start(context);
		} finally {
			errors.close();
		}
		report.write(reportFile);
		System.out.println(report.summary());
		return report.passed() && EXIT_OK.equals(exit) ? EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// the workbench closes itself once the checks are done
	}

	/** Called by the workbench on a thread of its own once the workbench window is open. */
	@Override
	public void runTests() {
		testable.testingStarting();
		try {
			new IdeEndToEndCheck(testable, report, errors, model, screenshot).run();
		} catch (Throwable unexpected) {
			report.fail("harness", unexpected);
		} finally {
			testable.testingFinished();
		}
	}

	private static IApplication ideApplication() throws CoreException {
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_APPLICATIONS, IDE_APPLICATION);
		if (extension == null) {
			throw new IllegalStateException("this installation has no " + IDE_APPLICATION + " application: not an Eclipse IDE");
		}
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		return (IApplication) run.createExecutableExtension("class");
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("set -D" + property);
		}
		return value;
	}
}
