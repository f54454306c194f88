package org.acquis.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The little formatting tutorials and instructions may use (docs/content.md): paragraphs
 * separated by blank lines, {@code **bold**} and {@code `code`}, a list item ({@code - },
 * {@code * }, {@code 1. }) on its own line. A single line break is only the YAML's
 * wrapping: it reads as a space, so the text flows on any screen width. Everything is
 * escaped first, so content can never inject markup.
 */
@Component("richText")
public class RichText {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

	/** A line break before a list item is kept; any other one is wrapping. */
	private static final Pattern LIST_ITEM_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*(?=(?:[-*•]|\\d+[.)])\\s)");

	private static final Pattern WRAPPING = Pattern.compile("[ \\t]*\\n[ \\t]*");

	public List<String> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(RichText::inline).toList();
	}

	/**
	 * One block: escaped, then bold, code, list items on their lines, wrapping joined.
	 */
	public static String inline(String text) {
		var escaped = HtmlUtils.htmlEscape(text.strip(), "UTF-8");
		var bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
		var code = CODE.matcher(bold).replaceAll("<code>$1</code>");
		var items = LIST_ITEM_BREAK.matcher(code).replaceAll("<br>");
		return WRAPPING.matcher(items).replaceAll(" ");
	}

	public String block(String text) {
		return inline(text);
	}

}
