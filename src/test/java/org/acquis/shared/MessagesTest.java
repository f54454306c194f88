package org.acquis.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

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

	private static Set<String> raisedCodes() throws IOException {
		var codes = new TreeSet<String>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				var matcher = RAISED.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(1));
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
