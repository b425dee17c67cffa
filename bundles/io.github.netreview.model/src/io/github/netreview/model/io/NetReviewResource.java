package io.github.netreview.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * The XMI resource of a {@code *.netreview} file: elements are referenced by their id attribute (stable and
 * diff-friendly), ids are looked up through a map rather than by scanning, missing ids are assigned on save, and the
 * parser refuses DTDs so that no external entity is ever resolved.
 */
public class NetReviewResource extends XMIResourceImpl {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

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
		// Attributes with a declared default (enum values, enabled) are always written, so a file says what it means.
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
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
