package io.github.netreview.model.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/** Seeded mutations of a model file's text: what a broken, truncated, edited or hostile file may look like. */
final class Mutants {

	/** One way to mutate a file: a name for the counts and the mutation. */
	record Kind(String name, BiFunction<String, Random, byte[]> mutate) {
	}

	private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-zA-Z]+)=\"([^\"]*)\"");
	private static final Pattern START_TAG = Pattern.compile("<([a-z]+)( [^>]*[^/])?>");
	private static final Pattern NODE_TAG = Pattern.compile("<(nodes|children)( [^>]*[^/])?>");

	private final List<String> foreignNamespaces;
	private final List<String> oddValues;

	Mutants(String serverUrl, String fifoUri) {
		foreignNamespaces = List.of(serverUrl + "x.ecore", fifoUri, "urn:other", "", "x.ecore", "http://www.eclipse.org/emf/2002/Ecore",
				"http://www.w3.org/2001/XMLSchema", "http://www.omg.org/XMI", "java://java.lang.Runtime", "https://netreview.github.io/2026/TOPOLOGY");
		oddValues = List.of("A".repeat(200_000), "", "-1", "NaN", "99999999999999999999", "&amp;&lt;&gt;&quot;&apos;",
				"\uD83D\uDCF7 camera", "&#1;&#2;&#27;[31m", "\u0001\u001B[2J", "nul\u0000", "nul&#0;", "nul&#x0;", "\u202Eevil\u202C",
				"line&#10;break", "&unknown;", serverUrl + "ref#x", fifoUri, "\uFFFF", "&#xD800;");
	}

	List<Kind> kinds() {
		return List.of(new Kind("byte flips", this::flipBytes), new Kind("truncation", this::truncate),
				new Kind("duplicated element", this::duplicateLine), new Kind("removed element", this::removeLine),
				new Kind("odd attribute value", this::replaceValue), new Kind("changed namespace", this::changeNamespace),
				new Kind("deep nesting", this::nest), new Kind("entity declaration", this::declareEntity),
				new Kind("text in an element", this::insertText), new Kind("second network", this::secondNetwork),
				new Kind("foreign element type", this::foreignType), new Kind("swapped reference", this::swapReference));
	}

	private byte[] flipBytes(String xml, Random random) {
		byte[] bytes = utf8(xml);
		for (int i = 1 + random.nextInt(5); i > 0; i--) {
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
		}
		return bytes;
	}

	private byte[] truncate(String xml, Random random) {
		byte[] bytes = utf8(xml);
		return Arrays.copyOf(bytes, random.nextInt(bytes.length));
	}

	private byte[] duplicateLine(String xml, Random random) {
		List<String> lines = xml.lines().toList();
		int line = random.nextInt(lines.size());
		return utf8(String.join("\n", lines.subList(0, line + 1)) + "\n" + String.join("\n", lines.subList(line, lines.size())));
	}

	private byte[] removeLine(String xml, Random random) {
		List<String> lines = xml.lines().toList();
		int line = random.nextInt(lines.size());
		return utf8(String.join("\n", lines.subList(0, line)) + "\n" + String.join("\n", lines.subList(line + 1, lines.size())));
	}

	private byte[] replaceValue(String xml, Random random) {
		Matcher attribute = nth(ATTRIBUTE, xml, random);
		String value = oddValues.get(random.nextInt(oddValues.size()));
		return utf8(xml.substring(0, attribute.start(2)) + value + xml.substring(attribute.end(2)));
	}

	private byte[] changeNamespace(String xml, Random random) {
		String namespace = random.nextBoolean() ? TopologyPackage.eNS_URI : NotationPackage.eNS_URI;
		return utf8(xml.replace(namespace, foreignNamespaces.get(random.nextInt(foreignNamespaces.size()))));
	}

	private byte[] nest(String xml, Random random) {
		int levels = 10 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
		boolean nodes = random.nextBoolean();
		String element = nodes ? "children" : "devices";
		Matcher tag = nth(nodes ? NODE_TAG : START_TAG, xml, random);
		String deep = ("<" + element + ">").repeat(levels) + ("</" + element + ">").repeat(levels);
		return utf8(xml.substring(0, tag.end()) + deep + xml.substring(tag.end()));
	}

	private byte[] declareEntity(String xml, Random random) {
		String[] entities = { "<!ENTITY e \"expanded\">", "<!ENTITY e SYSTEM \"" + foreignNamespaces.get(0) + "\">",
				"<!ENTITY e SYSTEM \"" + foreignNamespaces.get(1) + "\">", "<!ENTITY % p SYSTEM \"" + foreignNamespaces.get(0) + "\"> %p;",
				"<!ENTITY a \"aaaaaaaaaa\"><!ENTITY e \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">" };
		String body = xml.substring(xml.indexOf("<xmi:XMI"));
		return utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE xmi:XMI [" + entities[random.nextInt(entities.length)] + "]>\n"
				+ body.replaceFirst("name=\"", "name=\"&e;"));
	}

	private byte[] insertText(String xml, Random random) {
		Matcher tag = nth(START_TAG, xml, random);
		String[] texts = { "hello", "<![CDATA[data]]>", "&amp;", "\u00a0", "42" };
		return utf8(xml.substring(0, tag.end()) + texts[random.nextInt(texts.length)] + xml.substring(tag.end()));
	}

	private byte[] secondNetwork(String xml, Random random) {
		int start = xml.indexOf("<topology:Network");
		int end = xml.indexOf("</topology:Network>") + "</topology:Network>".length();
		String copy = xml.substring(start, end);
		if (random.nextBoolean()) {
			copy = copy.replaceAll("id=\"", "id=\"copy-");
		}
		return utf8(xml.substring(0, end) + "\n" + copy + xml.substring(end));
	}

	private byte[] foreignType(String xml, Random random) {
		String namespace = foreignNamespaces.get(random.nextInt(foreignNamespaces.size()));
		String declared = xml.replaceFirst("xmlns:xmi=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:f=\""
				+ namespace + "\" xmlns:xmi=");
		Matcher tag = nth(START_TAG, declared, random);
		String type = random.nextBoolean() ? "f:Thing" : "topology:Device";
		return utf8(declared.substring(0, tag.start()) + "<" + tag.group(1) + " xsi:type=\"" + type + "\""
				+ (tag.group(2) == null ? "" : tag.group(2)) + ">" + declared.substring(tag.end()));
	}

	private byte[] swapReference(String xml, Random random) {
		Matcher reference = nth(Pattern.compile(" (zone|site|endA|endB|element|network|segment|device)=\"([^\"]*)\""), xml, random);
		Matcher other = nth(Pattern.compile(" id=\"([^\"]*)\""), xml, random);
		return utf8(xml.substring(0, reference.start(2)) + other.group(1) + xml.substring(reference.end(2)));
	}

	private static Matcher nth(Pattern pattern, String xml, Random random) {
		long count = pattern.matcher(xml).results().count();
		Matcher matcher = pattern.matcher(xml);
		for (long i = random.nextLong(count); i >= 0; i--) {
			matcher.find();
		}
		return matcher;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
