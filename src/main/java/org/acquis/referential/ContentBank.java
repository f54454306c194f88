package org.acquis.referential;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.ValidationOutcome;

/**
 * Everything the content packs hold, in memory and immutable: frameworks, tubes, skills,
 * challenges, tutorials and the location of attached files. Built once at start-up, after
 * every check passed.
 */
public final class ContentBank {

	public static final String CORE = "crcn";

	private final Map<String, Framework> frameworks;

	private final List<Tube> tubes;

	private final Map<String, Skill> skills;

	private final Map<String, Challenge> challenges;

	private final Map<String, AnswerKey> keys;

	private final Map<String, Tutorial> tutorials;

	private final Map<String, List<Challenge>> challengesBySkill;

	private final Map<String, String> files;

	/**
	 * Active skills by framework and competence ("crcn/1.1"), by tube then level: asked
	 * on every question.
	 */
	private final Map<String, List<Skill>> skillsByCompetence;

	private final Map<String, List<Challenge>> playableBySkill;

	private final AnswerValidator validator = new AnswerValidator();

	/**
	 * @param keys the answer key of every challenge, by challenge id
	 */
	public ContentBank(List<Framework> frameworks, List<Tube> tubes, List<Skill> skills, List<Challenge> challenges,
			Map<String, AnswerKey> keys, List<Tutorial> tutorials, Map<String, String> files) {
		this.frameworks = index(frameworks, Framework::code);
		this.tubes = List.copyOf(tubes);
		this.skills = index(skills, Skill::id);
		this.challenges = index(challenges, Challenge::id);
		this.keys = Map.copyOf(keys);
		challenges.stream().filter(c -> !this.keys.containsKey(c.id())).findFirst().ifPresent(c -> {
			throw new IllegalArgumentException("No answer key for " + c.id());
		});
		this.tutorials = index(tutorials, Tutorial::id);
		this.challengesBySkill = challenges.stream()
			.collect(Collectors.groupingBy(Challenge::skillId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
		this.files = Map.copyOf(files);
		this.skillsByCompetence = indexSkills(this.tubes, this.skills.values());
		this.playableBySkill = this.challengesBySkill.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					e -> e.getValue().stream().filter(Challenge::playable).toList()));
	}

	private static Map<String, List<Skill>> indexSkills(List<Tube> tubes, java.util.Collection<Skill> skills) {
		var tubeFrameworks = tubes.stream()
			.collect(Collectors.groupingBy(Tube::name,
					Collectors.mapping(t -> t.framework() + "/" + t.competence(), Collectors.toSet())));
		var index = new java.util.HashMap<String, List<Skill>>();
		for (var skill : skills) {
			if (skill.active()) {
				tubeFrameworks.getOrDefault(skill.tube(), java.util.Set.of())
					.forEach(key -> index.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(skill));
			}
		}
		var byTubeThenLevel = Comparator.comparing(Skill::tube).thenComparingInt(Skill::level);
		return index.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					e -> e.getValue().stream().sorted(byTubeThenLevel).toList()));
	}

	private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
		var map = new LinkedHashMap<String, T>();
		items.forEach(item -> map.put(key.apply(item), item));
		return java.util.Collections.unmodifiableMap(map);
	}

	public List<Framework> frameworks() {
		return List.copyOf(this.frameworks.values());
	}

	public Optional<Framework> framework(String code) {
		return Optional.ofNullable(this.frameworks.get(code));
	}

	public Framework core() {
		return java.util.Objects.requireNonNull(this.frameworks.get(CORE), "the core framework is always loaded");
	}

	public Optional<Framework.Competence> competence(String framework, String code) {
		return framework(framework).flatMap(f -> f.competence(code));
	}

	public List<Tube> tubes(String framework, String competence) {
		return this.tubes.stream()
			.filter(t -> t.framework().equals(framework) && t.competence().equals(competence))
			.toList();
	}

	public Optional<Tube> tube(String name) {
		return this.tubes.stream().filter(t -> t.name().equals(name)).findFirst();
	}

	/** The active skills of a competence of a framework, by tube then level. */
	public List<Skill> skills(String framework, String competence) {
		return this.skillsByCompetence.getOrDefault(framework + "/" + competence, List.of());
	}

	public Optional<Skill> skill(String id) {
		return Optional.ofNullable(this.skills.get(id));
	}

	public List<Skill> allSkills() {
		return List.copyOf(this.skills.values());
	}

	public Optional<Challenge> challenge(String id) {
		return Optional.ofNullable(this.challenges.get(id));
	}

	public List<Challenge> allChallenges() {
		return List.copyOf(this.challenges.values());
	}

	/** Every challenge of a skill, whatever its status (for authors). */
	public List<Challenge> challenges(String skillId) {
		return this.challengesBySkill.getOrDefault(skillId, List.of());
	}

	/** The skills of a tube, by level. */
	public List<Skill> skillsOfTube(String tube) {
		return this.skills.values()
			.stream()
			.filter(s -> s.tube().equals(tube))
			.sorted(Comparator.comparingInt(Skill::level))
			.toList();
	}

	/** The challenges a learner may be asked on a skill (validated ones). */
	public List<Challenge> playableChallenges(String skillId) {
		return this.playableBySkill.getOrDefault(skillId, List.of());
	}

	public Optional<Tutorial> tutorial(String id) {
		return Optional.ofNullable(this.tutorials.get(id));
	}

	public List<Tutorial> allTutorials() {
		return List.copyOf(this.tutorials.values());
	}

	/**
	 * Judges an answer to a challenge against its solution, which never leaves the
	 * referential: the caller gets the verdict only.
	 */
	public ValidationOutcome judge(Challenge challenge, AnswerValue answer) {
		return this.validator.validate(answerKey(challenge).solution(), answer);
	}

	/**
	 * The expected answer of a challenge as a person reads it, for an answer already
	 * recorded (checkpoints, the result's recap): the only form in which a solution
	 * leaves the referential, and never before the answer
	 * ({@code SolutionsStayInsideTest}).
	 */
	public Correction correction(Challenge challenge) {
		return Corrections.of(challenge, answerKey(challenge).solution());
	}

	/**
	 * A challenge's solution and checking answers, for the referential itself (the
	 * linter, the authors' preview) and tests: its type is internal, so no other module
	 * can use it ({@code ModularityTests}).
	 */
	public AnswerKey answerKey(Challenge challenge) {
		var key = this.keys.get(challenge.id());
		if (key == null) {
			throw new IllegalArgumentException("Not a challenge of this bank: " + challenge.id());
		}
		return key;
	}

	/**
	 * The class-path location of a file attached to a challenge of a competence, if there
	 * is one.
	 */
	public Optional<String> file(String framework, String competence, String name) {
		return Optional.ofNullable(this.files.get(framework + "/" + competence + "/" + name));
	}

}
