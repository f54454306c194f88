package org.acquis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module's code names another module's URL (a coupling {@code verify()} cannot see):
 * every string literal that looks like a path is checked against the request mappings of
 * the other modules. A module declares its own public paths, idempotent endpoints and
 * limits ({@code org.acquis.shared.WebRules}).
 */
class ModuleUrlsTest {

	private static final Path SOURCES = Path.of("src/main/java/org/acquis");

	private static final Pattern MAPPING = Pattern
		.compile("@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(([^)]*)\\)");

	private static final Pattern LITERAL = Pattern.compile("\"(/[^\"\\s]*)\"");

	/** Where a path stops being a fixed text: a pattern, a regex or a concatenation. */
	private static final Pattern WILDCARD = Pattern.compile("[*{\\[(^$?+]");

	@Test
	void noModuleNamesAnotherModulesUrl() throws IOException {
		var mappings = new HashMap<String, List<String>>();
		var literals = new HashMap<String, List<String>>();
		for (var module : modules()) {
			try (var files = Files.walk(SOURCES.resolve(module))) {
				for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					read(Files.readString(file), file.getFileName().toString(),
							mappings.computeIfAbsent(module, m -> new ArrayList<>()),
							literals.computeIfAbsent(module, m -> new ArrayList<>()));
				}
			}
		}
		var found = new ArrayList<String>();
		literals.forEach((module, named) -> named.forEach(literal -> {
			var path = literal.split(" ", 2)[1];
			// a space several modules serve (/orga: organisation and campaign pages) is
			// its
			// owner's as long as the literal names one of the module's own paths
			if (mappings.getOrDefault(module, List.of()).stream().anyMatch(p -> names(path, p))) {
				return;
			}
			mappings.forEach((owner, paths) -> {
				if (!owner.equals(module) && paths.stream().anyMatch(p -> names(path, p))) {
					found.add(module + " names " + owner + "'s " + literal);
				}
			});
		}));
		assertThat(found).isEmpty();
	}

	@Test
	void aPathIsNamedByItsFixedSegments() {
		assertThat(names("/content/files/", "/content/files/{framework}/{competence}/{name}")).isTrue();
		assertThat(names("/api/assessments/[^/]+/answers", "/api/assessments/{id}/answers")).isTrue();
		assertThat(names("/api/frameworks/**", "/api/frameworks/{code}")).isTrue();
		assertThat(names("/profil", "/profil")).isTrue();
		assertThat(names("/api/", "/api/frameworks")).as("the API as a whole").isFalse();
		assertThat(names("/prof", "/profil")).isFalse();
		assertThat(names("/api/token", "/api/frameworks")).isFalse();
	}

	private static List<String> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
		}
	}

	private static void read(String source, String file, List<String> mappings, List<String> literals) {
		var annotations = MAPPING.matcher(source);
		while (annotations.find()) {
			var paths = LITERAL.matcher(annotations.group(1));
			while (paths.find()) {
				mappings.add(paths.group(1));
			}
		}
		var code = MAPPING.matcher(source).replaceAll("");
		var named = LITERAL.matcher(code);
		while (named.find()) {
			literals.add(file + " " + named.group(1));
		}
	}

	/**
	 * Whether a literal names the mapping: its fixed segments (at least one besides
	 * {@code api}) are the mapping's first segments.
	 */
	static boolean names(String literal, String mapping) {
		var wildcard = WILDCARD.matcher(literal);
		var fixed = wildcard.find() ? literal.substring(0, literal.lastIndexOf('/', wildcard.start()) + 1) : literal;
		var segments = Arrays.stream(fixed.split("/")).filter(s -> !s.isEmpty()).toList();
		var targets = Arrays.stream(mapping.split("/")).filter(s -> !s.isEmpty()).toList();
		if (segments.isEmpty() || segments.equals(List.of("api")) || segments.size() > targets.size()) {
			return false;
		}
		for (int i = 0; i < segments.size(); i++) {
			if (!targets.get(i).startsWith("{") && !targets.get(i).equals(segments.get(i))) {
				return false;
			}
		}
		return true;
	}

}
