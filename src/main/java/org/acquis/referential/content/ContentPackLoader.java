package org.acquis.referential.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.referential.Skill;
import org.acquis.referential.Tube;
import org.acquis.referential.Tutorial;
import org.acquis.referential.key.AnswerKey;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the frameworks ({@code referential/*.json}) and their content packs
 * ({@code content/<framework>/
 * <competence>/*.yaml}) and checks them: the result is a bank, or the list of every
 * problem found.
 */
public final class ContentPackLoader {

	private final ResourcePatternResolver resources;

	public ContentPackLoader() {
		this(new PathMatchingResourcePatternResolver());
	}

	public ContentPackLoader(ResourcePatternResolver resources) {
		this.resources = resources;
	}

	public Result load() {
		var problems = new PackProblems();
		try {
			var frameworks = new FrameworkReader().read(this.resources.getResources("classpath*:referential/*.json"));
			var files = new ArrayList<TubeFile>();
			var reader = new TubeFileReader(problems);
			var attachments = new HashMap<String, String>();
			for (var framework : frameworks) {
				for (var stray : this.resources.getResources("classpath*:content/" + framework.code() + "/*.yaml")) {
					problems.add("content/" + framework.code() + "/" + stray.getFilename(), 1,
							"a tube file goes in its competence's folder (content/" + framework.code()
									+ "/<competence>/)");
				}
				for (var resource : sorted(
						this.resources.getResources("classpath*:content/" + framework.code() + "/*/*.yaml"))) {
					var path = path(resource);
					var competence = competenceFolder(path);
					var file = "content/" + framework.code() + "/" + competence + "/" + resource.getFilename();
					if (framework.competence(competence).isEmpty()) {
						problems.add(file, 1, "no competence '" + competence + "' in framework " + framework.code());
						continue;
					}
					try (InputStream in = resource.getInputStream()) {
						var tubeFile = reader.read(framework.code(), competence, file,
								new String(in.readAllBytes(), StandardCharsets.UTF_8));
						if (tubeFile != null) {
							files.add(tubeFile);
						}
					}
				}
				for (var resource : this.resources
					.getResources("classpath*:content/" + framework.code() + "/*/files/*")) {
					var competence = competenceFolder(path(resource).replaceFirst("/files/[^/]+$", "/x"));
					attachments.put(framework.code() + "/" + competence + "/" + resource.getFilename(),
							"content/" + framework.code() + "/" + competence + "/files/" + resource.getFilename());
				}
			}
			var bank = assemble(frameworks, files, attachments, problems);
			return new Result(problems.isEmpty() ? bank : null, problems.all());
		}
		catch (IOException ex) {
			problems.add("content", 0, "cannot read the content packs: " + ex.getMessage());
			return new Result(null, problems.all());
		}
	}

	private static ContentBank assemble(List<Framework> frameworks, List<TubeFile> files,
			Map<String, String> attachments, PackProblems problems) {
		var tubes = new ArrayList<Tube>();
		var skills = new ArrayList<Skill>();
		var challenges = new ArrayList<Challenge>();
		var keys = new java.util.HashMap<String, AnswerKey>();
		var tutorials = new ArrayList<Tutorial>();
		var pix = PixValues.of(files);
		for (var file : files) {
			tubes.add(file.tube());
			tutorials.addAll(file.tutorials());
			for (var entry : file.skills()) {
				var id = "@" + file.tube().name() + entry.level();
				skills.add(new Skill(id, file.tube().name(), file.tube().competence(), entry.level(),
						entry.active() ? pix.value(file.tube(), entry.level()) : 0, entry.hint(), entry.tutorialIds(),
						entry.active()));
				entry.challenges().forEach(c -> {
					challenges.add(c.challenge());
					keys.put(c.challenge().id(), c.key());
				});
			}
		}
		new PackChecks(frameworks, files, attachments, problems).run();
		return new ContentBank(frameworks, tubes, skills, challenges, keys, tutorials, attachments);
	}

	private static List<Resource> sorted(Resource[] resources) {
		return Arrays.stream(resources).sorted(Comparator.comparing(ContentPackLoader::path)).toList();
	}

	private static String path(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	private static String competenceFolder(String path) {
		var parts = path.split("/");
		return parts[parts.length - 2];
	}

	/** A bank when the packs are sound, and every problem found (empty when sound). */
	public record Result(@Nullable ContentBank bank, List<String> problems) {
	}

}
