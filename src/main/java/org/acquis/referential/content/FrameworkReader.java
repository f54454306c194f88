package org.acquis.referential.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the official framework texts ({@code referential/<code>.json}); the file name is
 * the code.
 */
final class FrameworkReader {

	private final JsonMapper json = JsonMapper.builder().build();

	List<Framework> read(Resource[] resources) throws IOException {
		var frameworks = new ArrayList<Framework>();
		for (var resource : resources) {
			var code = String.valueOf(resource.getFilename()).replace(".json", "");
			try (InputStream in = resource.getInputStream()) {
				frameworks.add(framework(code, this.json.readTree(in)));
			}
		}
		frameworks.sort(Comparator.comparing((Framework f) -> !f.code().equals(ContentBank.CORE))
			.thenComparing(Framework::code));
		return frameworks;
	}

	private static Framework framework(String code, JsonNode root) {
		var kind = "extension".equalsIgnoreCase(root.path("kind").asString("core")) ? Framework.Kind.EXTENSION
				: Framework.Kind.CORE;
		var areas = new ArrayList<Framework.Area>();
		for (var domain : root.path("domains")) {
			var competences = new ArrayList<Framework.Competence>();
			for (var competence : domain.path("competences")) {
				var themes = new ArrayList<String>();
				competence.path("themes").forEach(t -> themes.add(t.asString()));
				Map<Integer, List<String>> milestones = new LinkedHashMap<>();
				competence.path("levelMilestones").properties().forEach(entry -> {
					var texts = new ArrayList<String>();
					entry.getValue().forEach(t -> texts.add(t.asString()));
					milestones.put(Integer.valueOf(entry.getKey()), List.copyOf(texts));
				});
				competences.add(new Framework.Competence(competence.path("code").asString(),
						competence.path("name").asString(), competence.path("description").asString(""),
						domain.path("code").asString(), List.copyOf(themes), milestones));
			}
			areas.add(new Framework.Area(domain.path("code").asString(), domain.path("name").asString(),
					List.copyOf(competences)));
		}
		return new Framework(code, root.path("title").asString(code), kind, List.copyOf(areas), levels(root));
	}

	/** {@code levels.definitions} by number, each in its {@code levels.groups} group. */
	private static List<Framework.Level> levels(JsonNode root) {
		Map<Integer, String> groups = new LinkedHashMap<>();
		for (var group : root.path("levels").path("groups")) {
			group.path("levels").forEach(level -> groups.put(level.asInt(), group.path("name").asString("")));
		}
		var levels = new ArrayList<Framework.Level>();
		root.path("levels").path("definitions").properties().forEach(entry -> {
			int number = Integer.parseInt(entry.getKey());
			levels.add(new Framework.Level(number, groups.getOrDefault(number, ""), entry.getValue().asString()));
		});
		levels.sort(Comparator.comparingInt(Framework.Level::number));
		return levels;
	}

}
