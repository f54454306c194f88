package org.acquis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.acquis.evaluation.domain.PreviousQuestion.NONE;
import static org.acquis.evaluation.domain.PreviousQuestion.TIMED;
import static org.acquis.evaluation.domain.PreviousQuestion.UNTIMED;

class KnowledgeStateAlgorithmTest {

	private final KnowledgeStateAlgorithm algorithm = new KnowledgeStateAlgorithm();

	private static List<Skill> tube(String name, int maxLevel) {
		return IntStream.rangeClosed(1, maxLevel).mapToObj(level -> Kes.skill(name, level)).toList();
	}

	private static List<Skill> concat(List<Skill> first, List<Skill> second) {
		List<Skill> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static List<Challenge> untimedFor(List<Skill> skills) {
		return skills.stream().map(Kes::untimed).toList();
	}

	private Optional<String> nextSkill(List<Skill> skills, List<Challenge> challenges, List<KnowledgeElement> state,
			PreviousQuestion previous) {
		return algorithm.next(skills, challenges, state, previous, 1).map(Challenge::skillId);
	}

	@Test
	void firstQuestionFallsBackToTheLowestPlayableLevelWithoutLevelTwo() {
		// given a tube whose levels 1 and 2 have no playable challenge
		List<Skill> skills = tube("a", 5);

		// when
		Optional<String> first = nextSkill(skills, untimedFor(skills.subList(2, 5)), List.of(), NONE);

		// then
		assertThat(first).hasValue("@a3");
	}

	@Test
	void firstQuestionAvoidsTimedChallengesBeforePreferringEasyTubes() {
		// given the easy tube's level 2 can only be asked with a timer
		List<Skill> skills = concat(tube("easy", 3), tube("hard", 5));
		List<Challenge> challenges = new ArrayList<>(untimedFor(skills));
		challenges.removeIf(challenge -> challenge.skillId().equals("@easy2"));
		challenges.add(Kes.timed(Kes.skill("easy", 2)));

		// when
		Optional<Challenge> first = algorithm.next(skills, challenges, List.of(), NONE, 1);

		// then: still an easy tube, still untimed; level 2 of the easy tube is gone, so
		// its lowest level
		assertThat(first).hasValueSatisfying(challenge -> {
			assertThat(challenge.timed()).isFalse();
			assertThat(challenge.skillId()).isEqualTo("@easy1");
		});
	}

	@Test
	void firstQuestionTakesATimedChallengeWhenNothingElseIsPlayable() {
		List<Skill> skills = tube("a", 3);

		Optional<Challenge> first = algorithm.next(skills, skills.stream().map(Kes::timed).toList(), List.of(), NONE,
				1);

		assertThat(first).hasValueSatisfying(challenge -> assertThat(challenge.skillId()).isEqualTo("@a2"));
	}

	@Test
	void knowledgeElementsOfOtherCompetencesDoNotCount() {
		List<Skill> skills = concat(tube("easy", 3), tube("hard", 6));
		List<KnowledgeElement> elsewhere = List.of(Kes.validated("@elsewhere5"), Kes.invalidated("@elsewhere1"));

		assertThat(nextSkill(skills, untimedFor(skills), elsewhere, UNTIMED))
			.isEqualTo(nextSkill(skills, untimedFor(skills), List.of(), UNTIMED));
		assertThat(nextSkill(skills, untimedFor(skills), elsewhere, NONE)).hasValue("@easy2");
	}

	@Test
	void firstQuestionOfAnAssessmentIgnoresEarlierKnowledgeThatWouldEndIt() {
		// given levels 1-3 resolved by an earlier test capped at level 3: right at 1,
		// wrong at 2 (θ = 1.5, so levels 4+ are too hard for the next-question rule)
		List<Skill> skills = concat(tube("easy", 3), tube("hard", 6));
		List<KnowledgeElement> earlier = List.of(Kes.validated("@easy1"), Kes.invalidated("@easy2"),
				Kes.invalidated("@easy3"), Kes.validated("@hard1"), Kes.invalidated("@hard2"),
				Kes.invalidated("@hard3"));

		// then: the earlier knowledge alone would end the evaluation with no question
		assertThat(nextSkill(skills, untimedFor(skills), earlier, UNTIMED)).isEmpty();
		// but this assessment has no answer yet: its first question is the lowest
		// untested level
		assertThat(nextSkill(skills, untimedFor(skills), earlier, NONE)).hasValue("@hard4");
	}

	@Test
	void afterATimedChallengeAnUntimedOneIsAsked() {
		// given a tested skill elsewhere, and two candidates of which only one is untimed
		List<Skill> skills = concat(tube("a", 4), tube("b", 4));
		List<Challenge> challenges = List.of(Kes.timed(skills.get(1)), Kes.untimed(skills.get(5)));
		List<KnowledgeElement> state = List.of(Kes.validated("@a1"), Kes.validated("@b1"));

		// then
		assertThat(nextSkill(skills, challenges, state, TIMED)).hasValue("@b2");
	}

	@Test
	void afterATimedChallengeATimedOneIsStillAskedWhenNoOtherCanBe() {
		List<Skill> skills = tube("a", 4);
		List<Challenge> challenges = List.of(Kes.timed(skills.get(1)));

		assertThat(nextSkill(skills, challenges, List.of(Kes.validated("@a1")), TIMED)).hasValue("@a2");
	}

	@Test
	void stopsWhenOnlySkillsMoreThanTwoLevelsAboveTheEstimateRemain() {
		// given θ = 2 (right at level 1, wrong at level 2), and only levels 5 and 6
		// untested elsewhere
		List<Skill> skills = concat(tube("a", 2), tube("b", 6).subList(4, 6));
		List<KnowledgeElement> state = List.of(Kes.validated("@a1"), Kes.invalidated("@a2"));

		// then
		assertThat(new LevelEstimator().estimate(skills, state)).isEqualTo(2.0);
		assertThat(nextSkill(skills, untimedFor(skills), state, UNTIMED)).isEmpty();
	}

	@Test
	void stopsWhenEverySkillIsTested() {
		List<Skill> skills = tube("a", 3);
		List<KnowledgeElement> state = List.of(Kes.validated("@a3"), Kes.inferredValidated("@a1"),
				Kes.inferredValidated("@a2"));

		assertThat(nextSkill(skills, untimedFor(skills), state, UNTIMED)).isEmpty();
	}

	@Test
	void skillsWithoutPlayableChallengeAreNeverAsked() {
		List<Skill> skills = tube("a", 4);

		Optional<String> next = nextSkill(skills, untimedFor(skills.subList(0, 1)),
				List.of(Kes.validated("@a2"), Kes.inferredValidated("@a1")), UNTIMED);

		assertThat(next).isEmpty();
	}

	@Test
	void prefersTheSkillWhoseAnswerResolvesTheMostSkills() {
		// given tube a fully untested and a lone untested skill in tube b
		List<Skill> skills = concat(tube("a", 5), tube("b", 5));
		List<KnowledgeElement> state = List.of(Kes.validated("@b3"), Kes.inferredValidated("@b1"),
				Kes.inferredValidated("@b2"), Kes.invalidated("@b5"));

		// then
		assertThat(nextSkill(skills, untimedFor(skills), state, UNTIMED))
			.hasValueSatisfying(skill -> assertThat(skill).startsWith("@a"));
	}

	@Test
	void easyTubesComeFirstAfterTheFirstQuestion() {
		List<Skill> skills = concat(tube("easy", 3), tube("hard", 6));
		List<KnowledgeElement> state = List.of(Kes.validated("@easy2"), Kes.inferredValidated("@easy1"));

		assertThat(nextSkill(skills, untimedFor(skills), state, UNTIMED)).hasValue("@easy3");
	}

	@Test
	void easyTubePreferenceDoesNotHideOtherTubesWhenItsSkillsAreTooHard() {
		// given θ = 0.5 and the easy tube's only untested skill at level 3 (> θ + 2)
		List<Skill> skills = concat(concat(tube("easy", 3), tube("hard", 4)), tube("other", 4));
		List<KnowledgeElement> state = List.of(Kes.inferredValidated("@easy1"), Kes.inferredValidated("@easy2"),
				Kes.invalidated("@hard1"));

		// when
		Optional<String> next = nextSkill(skills, untimedFor(skills), state, UNTIMED);

		// then
		assertThat(new LevelEstimator().estimate(skills, state)).isEqualTo(0.5);
		assertThat(next).hasValueSatisfying(skill -> assertThat(skill).isIn("@other1", "@other2"));
	}

}
