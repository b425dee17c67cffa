package io.github.netreview.analysis.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as compared for classification: case and punctuation do not count, nor do trailing legal forms
 * ("Co., Ltd.", "Corporation", "Limited"). Nothing else is removed, so a different company whose name merely
 * contains a vendor's word stays different.
 */
public final class CompanyNames {

	private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc", "incorporated",
			"ltd", "limited", "llc", "plc", "pvt", "private", "pte", "gmbh", "ag", "kg", "sa", "spa", "srl", "sarl", "bv",
			"nv", "ab", "as", "oy", "kk");

	private CompanyNames() {
	}

	/** The comparable form of {@code name}, such as "hangzhou hikvision digital technology"; empty for blank names. */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
			} else if (!word.isEmpty()) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
		}
		while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		return String.join(" ", words);
	}
}
