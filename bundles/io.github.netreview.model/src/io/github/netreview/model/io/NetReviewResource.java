package io.github.netreview.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.helpers.DefaultHandler;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * The XMI resource of a {@code *.netreview} file: elements are referenced by their id attribute (stable and
 * diff-friendly), ids are looked up through a map rather than by scanning, missing ids are assigned on save, the
 * parser refuses DTDs so that no external entity is ever resolved, and references that point outside the file are
 * recorded with their line instead of being followed.
 */
public class NetReviewResource extends XMIResourceImpl {

	/** Pools parsers but not handlers: a handler holds what it has seen of one file and reports to one resource. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(false);

	/**
	 * Values written even when they are the default, because a reader of the file should not have to know the
	 * default to tell a camera from a switch or an allow from a deny. (A zone's kind is unsettable: it is written
	 * whenever it was given, CORE included, and left out when nobody gave one.)
	 */
	private static final Set<EStructuralFeature> ALWAYS_WRITTEN = Set.of(TopologyPackage.Literals.DEVICE__ROLE,
			TopologyPackage.Literals.FIREWALL_RULE__ACTION,
			TopologyPackage.Literals.FIREWALL_POLICY__DEFAULT_ACTION, TopologyPackage.Literals.SERVICE__PROTOCOL,
			TopologyPackage.Literals.LISTING__BASIS);

	static {
		// Loading must find the packages even when nobody called NetReviewModel.initStandalone().
		TopologyPackage.eINSTANCE.eClass();
		NotationPackage.eINSTANCE.eClass();
	}

	public NetReviewResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	/** A reference in the file that names something outside it, with the line it is on. */
	public record ExternalReference(String uri, int line) {
	}

	private final List<ExternalReference> externalReferences = new ArrayList<>();

	/** The references of the last load that point outside the file; a NetReview file must have none. */
	public List<ExternalReference> externalReferences() {
		return List.copyOf(externalReferences);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		externalReferences.clear();
		super.doLoad(inputStream, options);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new NetReviewHandler(resource, helper, options, externalReferences::add);
			}
		};
	}

	@Override
	protected XMLSave createXMLSave() {
		return new XMISaveImpl(createXMLHelper()) {
			@Override
			protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
				return super.shouldSaveFeature(o, f) || ALWAYS_WRITTEN.contains(f);
			}
		};
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		IdAssigner.assignMissing(this);
		super.doSave(outputStream, options);
	}

	@Override
	protected boolean useIDs() {
		return false;
	}
}
