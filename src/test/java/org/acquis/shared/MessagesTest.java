package org.acquis.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and English say the same things, and every error code the code can raise says
 * something.
 */
class MessagesTest {

	// DomainException.badInput("CODE" / new DomainException("CODE", ...) /
	// problems.of(..., "CODE", ...)
	// and ProblemResponses.write(..., "CODE")
	private static final Pattern RAISED = Pattern
		.compile("(?:DomainException(?:\\.\\w+)?\\(\\s*|HttpStatus\\.\\w+,\\s*)\"([A-Z][A-Z0-9_]+)\"");

	// DomainException.notFound("CODE", argument) / problems.of(status, "CODE", locale,
	// argument)
	private static final Pattern WITH_ARGUMENTS = Pattern.compile(
			"(?:DomainException\\.\\w+\\(\\s*\"([A-Z][A-Z0-9_]+)\"\\s*,|HttpStatus\\.\\w+,\\s*\"([A-Z][A-Z0-9_]+)\",\\s*locale\\s*,)");

	// DomainException.notFound("CODE") / new DomainException("CODE", ErrorCategory.X)
	private static final Pattern WITHOUT_ARGUMENTS = Pattern.compile(
			"(?:DomainException\\.\\w+\\(|new DomainException\\()\\s*\"([A-Z][A-Z0-9_]+)\"\\s*(?:\\)|,\\s*ErrorCategory\\.\\w+\\s*\\))");

	private static final Pattern TEMPLATE_WITH_ARGUMENTS = Pattern.compile("#\\{([\\w.]+)\\(");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		var french = load("messages.properties");
		var english = load("messages_en.properties");

		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(french.stringPropertyNames());
		assertThat(french.stringPropertyNames()).as("keys missing in French")
			.containsAll(english.stringPropertyNames());
		assertThat(french.stringPropertyNames()).allSatisfy(key -> {
			assertThat(french.getProperty(key)).as(key).isNotBlank();
			assertThat(english.getProperty(key)).as(key).isNotBlank();
		});
	}

	@Test
	void everyErrorCodeRaisedInTheCodeHasAMessageInBothLanguages() throws IOException {
		var codes = raisedCodes();
		assertThat(codes).as("the scan finds the codes")
			.contains("EMAIL_INVALID", "CHALLENGE_NOT_CURRENT", "ACCOUNT_TEMPORARILY_BLOCKED",
					"TOO_MANY_LOGIN_ATTEMPTS", "MALFORMED_REQUEST", "INVALID_CREDENTIALS");
		for (var file : new String[] { "messages.properties", "messages_en.properties" }) {
			var messages = load(file);
			assertThat(codes).as("codes without error.<CODE> in " + file)
				.allSatisfy(code -> assertThat(messages.getProperty("error." + code)).as(code).isNotBlank());
		}
	}

	/**
	 * A message given arguments goes through MessageFormat, where a lone apostrophe
	 * quotes: "n'existe" came out "nexiste". A message given none is printed as written,
	 * where "''" stays doubled. So: a message with arguments has placeholders and writes
	 * "''", every code raised with arguments has such a message, and a code raised
	 * without has no placeholder.
	 */
	@Test
	void messagesWithArgumentsKeepTheirApostrophesAndMessagesWithoutHaveNoneDoubled() throws IOException {
		var withArguments = raisedCodes(WITH_ARGUMENTS).stream().map(code -> "error." + code).collect(toSet());
		var withoutArguments = raisedCodes(WITHOUT_ARGUMENTS).stream().map(code -> "error." + code).collect(toSet());
		withArguments.addAll(templateKeysWithArguments());
		assertThat(withArguments).as("the scan finds them").contains("error.COMPETENCE_UNKNOWN", "admin.preview.title");
		assertThat(withoutArguments).as("the scan finds them").contains("error.ASSESSMENT_NOT_FOUND");
		for (var file : new String[] { "messages.properties", "messages_en.properties" }) {
			var messages = load(file);
			for (var key : messages.stringPropertyNames()) {
				var text = messages.getProperty(key);
				boolean placeholders = PLACEHOLDER.matcher(text).find();
				if (placeholders || withArguments.contains(key)) {
					var formatted = new MessageFormat(text, Locale.FRENCH).format(new Object[] { "x", "y", "z", "w" });
					assertThat(apostrophes(formatted)).as(file + " " + key + " formatted: " + formatted)
						.isEqualTo(apostrophes(text.replace("''", "'")));
					assertThat(placeholders).as(file + " " + key + " is given arguments: it shows them").isTrue();
				}
				else {
					assertThat(text).as(file + " " + key + " is printed as written").doesNotContain("''");
				}
				if (withoutArguments.contains(key)) {
					assertThat(placeholders).as(file + " " + key + " is raised without arguments").isFalse();
				}
			}
		}
	}

	private static long apostrophes(String text) {
		return text.chars().filter(c -> c == '\'' || c == '’').count();
	}

	private static Set<String> templateKeysWithArguments() throws IOException {
		var keys = new TreeSet<String>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (var template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				var matcher = TEMPLATE_WITH_ARGUMENTS.matcher(Files.readString(template));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	private static Set<String> raisedCodes() throws IOException {
		return raisedCodes(RAISED);
	}

	private static Set<String> raisedCodes(Pattern raised) throws IOException {
		var codes = new TreeSet<String>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				var matcher = raised.matcher(Files.readString(source));
				while (matcher.find()) {
					for (int group = 1; group <= matcher.groupCount(); group++) {
						if (matcher.group(group) != null) {
							codes.add(matcher.group(group));
						}
					}
				}
			}
		}
		return codes;
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
