package org.acquis.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The little formatting tutorials may use (docs/content.md): paragraphs separated by
 * blank lines, line breaks kept, {@code **bold**} and {@code `code`}. Everything is
 * escaped first, so content can never inject markup.
 */
@Component("richText")
public class RichText {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

	public List<String> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(RichText::inline).toList();
	}

	/** One block: escaped, then bold, code and line breaks. */
	public static String inline(String text) {
		var escaped = HtmlUtils.htmlEscape(text.strip(), "UTF-8");
		var bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
		return CODE.matcher(bold).replaceAll("<code>$1</code>").replace("\n", "<br>");
	}

	public String block(String text) {
		return inline(text);
	}

}
