package org.acquis.evaluation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the next challenge of a competence evaluation by the knowledge-state method
 * (domain.md §4): the question whose answer is expected to resolve the most untested
 * skills, given the estimated level. Empty when no untested skill can be asked any more:
 * the assessment is over.
 */
public final class KnowledgeStateAlgorithm implements AssessmentMethod {

	/** The default method ({@code acquis.evaluation.method}). */
	public static final String NAME = "knowledge-state";

	static final int FIRST_QUESTION_LEVEL = 2;
	static final int MAX_LEVELS_ABOVE_THETA = 2;

	private static final double SAME_GAIN = 1e-9;

	private final LevelEstimator levelEstimator = new LevelEstimator();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Challenge> next(MethodInput input) {
		return next(input.skills(), input.playable(), input.history(), input.previous(), input.seed());
	}

	/**
	 * @param knowledgeElements the learner's knowledge elements, from any assessment:
	 * skills they already resolve are not asked
	 * @param previous the question answered last in this assessment: with none, the
	 * first-question rule applies, however much the learner already knows
	 */
	public Optional<Challenge> next(List<Skill> skills, List<Challenge> playableChallenges,
			List<KnowledgeElement> knowledgeElements, PreviousQuestion previous, long seed) {
		Set<String> skillIds = skills.stream().map(Skill::id).collect(Collectors.toSet());
		List<KnowledgeElement> ofCompetence = knowledgeElements.stream()
			.filter(element -> skillIds.contains(element.skillId()))
			.toList();
		KnowledgeState state = KnowledgeState.of(ofCompetence);
		List<Candidate> candidates = Candidate.untestedPlayable(skills, playableChallenges, state);
		Optional<Candidate> chosen = previous == PreviousQuestion.NONE ? firstQuestion(skills, candidates, seed)
				: nextQuestion(skills, candidates, state, ofCompetence, previous == PreviousQuestion.TIMED, seed);
		return chosen.map(candidate -> candidate.pick(seed));
	}

	/**
	 * Starts gently: no timer, level 2 of an easy tube, else the lowest level available.
	 */
	private static Optional<Candidate> firstQuestion(List<Skill> skills, List<Candidate> untested, long seed) {
		List<Candidate> candidates = Candidate.easyTubesFirst(Candidate.withoutTimed(untested), skills);
		boolean levelTwoAvailable = candidates.stream().anyMatch(c -> c.skill().level() == FIRST_QUESTION_LEVEL);
		int level = levelTwoAvailable ? FIRST_QUESTION_LEVEL
				: candidates.stream().mapToInt(c -> c.skill().level()).min().orElse(FIRST_QUESTION_LEVEL);
		return candidates.stream().filter(candidate -> candidate.skill().level() == level).min(bySeed(seed));
	}

	private Optional<Candidate> nextQuestion(List<Skill> skills, List<Candidate> untested, KnowledgeState state,
			List<KnowledgeElement> knowledgeElements, boolean lastChallengeWasTimed, long seed) {
		double theta = levelEstimator.estimate(skills, knowledgeElements);
		List<Candidate> candidates = Candidate.keep(untested, skill -> skill.level() <= theta + MAX_LEVELS_ABOVE_THETA);
		if (lastChallengeWasTimed) {
			candidates = Candidate.withoutTimed(candidates);
		}
		candidates = Candidate.easyTubesFirst(candidates, skills);
		ExpectedGain gain = new ExpectedGain(skills, state, theta);
		double best = candidates.stream().mapToDouble(c -> gain.of(c.skill())).max().orElse(0);
		return candidates.stream()
			.filter(candidate -> gain.of(candidate.skill()) >= best - SAME_GAIN)
			.min(bySeed(seed));
	}

	private static Comparator<Candidate> bySeed(long seed) {
		return Comparator.comparingLong((Candidate candidate) -> SeededOrder.rank(seed, candidate.skill().id()))
			.thenComparing(candidate -> candidate.skill().id());
	}

}
