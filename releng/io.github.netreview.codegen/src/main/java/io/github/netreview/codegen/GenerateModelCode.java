package io.github.netreview.codegen;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Regenerates the model bundle's Java code from its Ecore files and genmodel, on a plain JVM. */
public final class GenerateModelCode {

	private static final String PROJECT = "io.github.netreview.model";
	private static final List<String> ECORE_FILES = List.of("topology.ecore", "notation.ecore");

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: GenerateModelCode MODEL_BUNDLE_DIRECTORY");
			System.exit(2);
		}
		File bundle = new File(args[0]).getCanonicalFile();
		EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(bundle.getPath() + "/"));

		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		URI genModelUri = URI.createPlatformResourceURI(PROJECT + "/model/netreview.genmodel", true);
		GenModel genModel = new File(bundle, "model/netreview.genmodel").exists()
				? loadAndReconcile(resourceSet, genModelUri)
				: create(resourceSet, genModelUri);
		configure(genModel);
		genModel.eResource().save(null);

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel is invalid: " + valid);
		}
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		genModel.setCanGenerate(true);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + result);
		}
		System.out.println("Generated model code into " + new File(bundle, "src-gen"));
	}

	private static GenModel loadAndReconcile(ResourceSet resourceSet, URI uri) {
		GenModel genModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
		genModel.reconcile();
		return genModel;
	}

	private static GenModel create(ResourceSet resourceSet, URI uri) {
		List<EPackage> packages = new ArrayList<>();
		for (String file : ECORE_FILES) {
			Resource ecore = resourceSet.getResource(URI.createPlatformResourceURI(PROJECT + "/model/" + file, true), true);
			packages.add((EPackage) ecore.getContents().get(0));
		}
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(packages);
		for (EPackage ePackage : packages) {
			genModel.getForeignModel().add(ePackage.eResource().getURI().lastSegment());
		}
		resourceSet.createResource(uri).getContents().add(genModel);
		return genModel;
	}

	private static void configure(GenModel genModel) {
		genModel.setModelName("NetReview");
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setModelDirectory("/" + PROJECT + "/src-gen");
		genModel.setModelPluginID(PROJECT);
		genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
		genModel.setCopyrightFields(false);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setSuppressGenModelAnnotations(false);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.setBasePackage("io.github.netreview.model");
			genPackage.setFileExtensions("netreview");
		}
	}
}
