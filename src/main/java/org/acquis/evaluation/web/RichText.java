package org.acquis.evaluation.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The little formatting tutorials may use (docs/content.md): paragraphs separated by blank lines,
 * line breaks kept, {@code **bold**}. Everything is escaped first, so content can never inject markup.
 */
@Component("richText")
public class RichText {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	public List<String> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\n\\s*\\n"))
			.map(paragraph -> BOLD.matcher(HtmlUtils.htmlEscape(paragraph.strip())).replaceAll("<strong>$1</strong>")
				.replace("\n", "<br>"))
			.toList();
	}

}
