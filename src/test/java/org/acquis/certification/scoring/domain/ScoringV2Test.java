package org.acquis.certification.scoring.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acquis.certification.scoring.domain.CertificationScore.CompetenceScore;
import org.acquis.certification.scoring.domain.CertificationScore.Status;
import org.acquis.certification.scoring.domain.ScoringInput.AbortReason;
import org.acquis.certification.scoring.domain.ScoringInput.Outcome;
import org.acquis.certification.scoring.domain.ScoringInput.ProfileLevel;
import org.acquis.certification.scoring.domain.ScoringInput.ScoredChallenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second version's scoring, rule by rule (domain.md §8). A competence under test
 * ("1.1", level 4, 37 pix) sits beside filler competences whose answers set the
 * reproducibility rate R.
 */
class ScoringV2Test {

	private final ScoringV2 scoring = new ScoringV2();

	// every row of the per-competence table, for the three bands of R:
	// R >= 80 (rate 100 minus nothing), 70 <= R < 80, 50 <= R < 70
	@ParameterizedTest(name = "n={0}: {1} right, {2} neutralised, {3} wrong -> {4}")
	@CsvSource({ "3, 3, 0, 0, VVV", "3, 2, 0, 1, VDD", "3, 2, 1, 0, VVV", "3, 1, 1, 1, VDU", "3, 1, 2, 0, VVD",
			"3, 1, 0, 2, UUU", "3, 0, 0, 3, UUU", "3, 0, 3, 0, UUU", "3, 0, 1, 2, UUU", "2, 2, 0, 0, VVV",
			"2, 1, 0, 1, VDU", "2, 1, 1, 0, VVD", "2, 0, 0, 2, UUU", "2, 0, 1, 1, UUU", "1, 1, 0, 0, VVD",
			"1, 0, 0, 1, UUU" })
	void everyRowOfTheCompetenceTable(int n, int right, int neutralised, int wrong, String marks) {
		assertThat(right + neutralised + wrong).isEqualTo(n);
		for (int band = 0; band < 3; band++) {
			var challenges = new ArrayList<ScoredChallenge>();
			challenges.addAll(competence("1.1", right, neutralised, wrong));
			challenges.addAll(fillerFor(band, right, wrong));
			var score = this.scoring.score(input(challenges, null));
			var expected = marks.charAt(band);
			var rate = score.reproducibilityRate();
			assertThat(rate).as("band %d", band)
				.isBetween(new int[] { 80, 70, 50 }[band], new int[] { 100, 79, 69 }[band]);
			assertThat(of(score, "1.1")).as("band %d, R=%d", band, rate).isEqualTo(switch (expected) {
				case 'V' -> new CompetenceScore("1.1", 4, 37);
				case 'D' -> new CompetenceScore("1.1", 3, 29);
				default -> new CompetenceScore("1.1", -1, 0);
			});
		}
	}

	@Test
	void aQrocmDepCountsTwiceInACompetenceOfFewerThanThreeChallenges() {
		// 2 challenges, one a right QROCM-dep, one wrong: n = 3, c = 2 (V D D); without
		// the doubling n = 2, c = 1 (V D U): at 50 <= R < 70 the first gives D, the
		// second U
		var challenges = new ArrayList<ScoredChallenge>();
		challenges.add(new ScoredChallenge("dep", "1.1", true, Outcome.RIGHT, false));
		challenges.add(new ScoredChallenge("x", "1.1", false, Outcome.WRONG, false));
		challenges.addAll(filler(5, 4));
		var score = this.scoring.score(input(challenges, null));
		assertThat(score.reproducibilityRate()).isEqualTo(55);
		assertThat(of(score, "1.1")).isEqualTo(new CompetenceScore("1.1", 3, 29));

		challenges.set(0, new ScoredChallenge("dep", "1.1", false, Outcome.RIGHT, false));
		assertThat(of(this.scoring.score(input(challenges, null)), "1.1")).as("the same without a QROCM-dep")
			.isEqualTo(new CompetenceScore("1.1", -1, 0));
	}

	@Test
	void aLoneQrocmDepRightCountsAsTwoRightOfTwo() {
		var challenges = new ArrayList<ScoredChallenge>();
		challenges.add(new ScoredChallenge("dep", "1.1", true, Outcome.RIGHT, false));
		challenges.addAll(filler(6, 5));
		var score = this.scoring.score(input(challenges, null));
		assertThat(score.reproducibilityRate()).isBetween(50, 69);
		assertThat(of(score, "1.1")).as("n = 2, c = 2: V (alone, n = 1, it would be D here)")
			.isEqualTo(new CompetenceScore("1.1", 4, 37));
	}

	@Test
	void twoQrocmDepInATwoChallengeCompetenceCountOnceEach() {
		var challenges = new ArrayList<ScoredChallenge>();
		challenges.add(new ScoredChallenge("dep1", "1.1", true, Outcome.RIGHT, false));
		challenges.add(new ScoredChallenge("dep2", "1.1", true, Outcome.WRONG, false));
		challenges.addAll(filler(6, 2));
		var score = this.scoring.score(input(challenges, null));
		assertThat(score.reproducibilityRate()).isEqualTo(70);
		assertThat(of(score, "1.1")).as("n = 2, c = 1 at 70 <= R < 80: D (doubled, n = 4 would give U)")
			.isEqualTo(new CompetenceScore("1.1", 3, 29));
	}

	@Test
	void rateBelowFiftyRejectsAndCertifiesNothing() {
		var score = this.scoring.score(input(filler(4, 5), null));
		assertThat(score.reproducibilityRate()).isEqualTo(44);
		assertThat(score.status()).isEqualTo(Status.REJECTED);
		assertThat(score.pixScore()).isZero();
		assertThat(score.competences()).allSatisfy(c -> assertThat(c.level()).isEqualTo(-1));
	}

	@Test
	void rateOfExactlyFiftyIsNotRejectedAndRoundsHalfUp() {
		var score = this.scoring.score(input(filler(5, 5), null));
		assertThat(score.reproducibilityRate()).isEqualTo(50);
		assertThat(score.status()).isEqualTo(Status.VALIDATED);
		assertThat(score.pixScore()).as("f0: 3 right, V; f1: 2 right of 3, D").isEqualTo(20 + 12);
		assertThat(ReproducibilityRate.of(1, 8)).as("12.5 -> 13").isEqualTo(13);
		assertThat(ReproducibilityRate.of(199, 200)).as("99.5 -> 100").isEqualTo(100);
		assertThat(ReproducibilityRate.of(0, 0)).isZero();
	}

	@Test
	void rateBelowFiftyAfterATechnicalStopCancels() {
		var challenges = new ArrayList<>(filler(4, 5));
		challenges.addAll(unanswered(1));
		var score = this.scoring.score(input(challenges, AbortReason.TECHNICAL));
		assertThat(score.status()).isEqualTo(Status.CANCELLED);
	}

	@Test
	void unansweredChallengesAreWrongWhenTheCandidateLeft() {
		var challenges = new ArrayList<>(filler(6, 0));
		challenges.addAll(unanswered(4));
		var score = this.scoring.score(input(challenges, AbortReason.CANDIDATE));
		assertThat(score.reproducibilityRate()).isEqualTo(60);
		assertThat(score.status()).isEqualTo(Status.VALIDATED);
		assertThat(score.juryErrors()).isEmpty();
	}

	@Test
	void unansweredChallengesAreNeutralisedAfterATechnicalStop() {
		var challenges = new ArrayList<>(filler(7, 0));
		challenges.addAll(unanswered(3));
		var score = this.scoring.score(input(challenges, AbortReason.TECHNICAL));
		assertThat(score.reproducibilityRate()).as("7 right of 7 counted").isEqualTo(100);
		assertThat(score.status()).isEqualTo(Status.VALIDATED);
	}

	@Test
	void fewerThanTwoThirdsAnsweredAndNotNeutralisedCancels() {
		// 10 challenges: ceil(6.6) = 7 must count; 6 answered, 4 neutralised by the stop
		var challenges = new ArrayList<>(filler(6, 0));
		challenges.addAll(unanswered(4));
		var score = this.scoring.score(input(challenges, AbortReason.TECHNICAL));
		assertThat(score.status()).isEqualTo(Status.CANCELLED);
		assertThat(score.pixScore()).isZero();
		assertThat(ScoringV2.minimumCounted(10)).isEqualTo(7);
		assertThat(ScoringV2.minimumCounted(50)).isEqualTo(33);
		assertThat(ScoringV2.minimumCounted(3)).isEqualTo(2);
	}

	@Test
	void anIncidentNeutralisesAWrongOrSkippedAnswerOnly() {
		var challenges = new ArrayList<ScoredChallenge>();
		challenges.add(new ScoredChallenge("a", "1.1", false, Outcome.RIGHT, true));
		challenges.add(new ScoredChallenge("b", "1.1", false, Outcome.RIGHT, false));
		challenges.add(new ScoredChallenge("c", "1.1", false, Outcome.WRONG, true));
		challenges.addAll(filler(0, 1));
		var score = this.scoring.score(input(challenges, null));
		assertThat(score.reproducibilityRate()).as("2 right of 3 counted (c neutralised)").isEqualTo(67);
		assertThat(of(score, "1.1")).as("2 right + 1 neutralised: V V V").isEqualTo(new CompetenceScore("1.1", 4, 37));
	}

	@Test
	void levelsAndPixAreCappedAtTheHighestLevelOpen() {
		var challenges = new ArrayList<>(competence("1.1", 3, 0, 0));
		var profile = new HashMap<>(Map.of("1.1", new ProfileLevel(6, 50)));
		var score = this.scoring.score(new ScoringInput(challenges, profile, 5, null));
		assertThat(of(score, "1.1")).isEqualTo(new CompetenceScore("1.1", 5, 40));
		assertThat(score.pixScore()).isEqualTo(40);
	}

	@Test
	void competencesBelowLevelOneAreNotTestedAndTheirChallengesIgnored() {
		var challenges = new ArrayList<>(filler(9, 0));
		challenges.add(new ScoredChallenge("z", "5.2", false, Outcome.WRONG, false));
		var profile = new HashMap<>(profile(challenges));
		profile.put("5.2", new ProfileLevel(0, 7));
		var score = this.scoring.score(new ScoringInput(challenges, profile, 8, null));
		assertThat(score.reproducibilityRate()).isEqualTo(100);
		assertThat(of(score, "5.2").level()).isEqualTo(-1);
	}

	@Test
	void totalZeroRejectsAndTellsTheJuryWhenRIsAboveFifty() {
		// five competences at level 1, 2 right of 3 in each: V D D, so D at R = 67: level
		// 0, 0 pix
		var challenges = new ArrayList<ScoredChallenge>();
		var profile = new HashMap<String, ProfileLevel>();
		for (var code : List.of("1.1", "2.1", "3.1", "4.1", "5.1")) {
			challenges.addAll(competence(code, 2, 0, 1));
			profile.put(code, new ProfileLevel(1, 8));
		}
		var score = this.scoring.score(new ScoringInput(challenges, profile, 8, null));
		assertThat(score.reproducibilityRate()).isEqualTo(67);
		assertThat(score.competences()).allSatisfy(c -> assertThat(c).extracting("level", "pix").containsExactly(0, 0));
		assertThat(score.pixScore()).isZero();
		assertThat(score.status()).isEqualTo(Status.REJECTED);
		assertThat(score.juryErrors()).contains("ZERO_PIX_WITH_RATE_ABOVE_50");
	}

	@Test
	void aTestedCompetenceWithoutChallengeAndAnUnansweredChallengeWithoutReasonGoToTheJury() {
		var challenges = new ArrayList<>(filler(8, 0));
		challenges.addAll(unanswered(1));
		var profile = new HashMap<>(profile(challenges));
		profile.put("1.1", new ProfileLevel(4, 37));
		var score = this.scoring.score(new ScoringInput(challenges, profile, 8, null));
		assertThat(score.juryErrors()).containsExactlyInAnyOrder("UNANSWERED_WITHOUT_ABORT_REASON",
				"COMPETENCE_WITHOUT_CHALLENGE:1.1");
		assertThat(of(score, "1.1").level()).isEqualTo(-1);
	}

	// helpers

	private static List<ScoredChallenge> competence(String code, int right, int neutralised, int wrong) {
		var list = new ArrayList<ScoredChallenge>();
		for (int i = 0; i < right; i++) {
			list.add(new ScoredChallenge(code + "r" + i, code, false, Outcome.RIGHT, false));
		}
		for (int i = 0; i < neutralised; i++) {
			list.add(new ScoredChallenge(code + "n" + i, code, false, Outcome.WRONG, true));
		}
		for (int i = 0; i < wrong; i++) {
			list.add(new ScoredChallenge(code + "w" + i, code, false, Outcome.WRONG, false));
		}
		return list;
	}

	/**
	 * Right then wrong answers, three per competence (f0, f1, ...), to bring R where a
	 * test wants it.
	 */
	private static List<ScoredChallenge> filler(int right, int wrong) {
		var list = new ArrayList<ScoredChallenge>();
		for (int i = 0; i < right + wrong; i++) {
			list.add(new ScoredChallenge("f" + i, "f" + (i / 3), false, i < right ? Outcome.RIGHT : Outcome.WRONG,
					false));
		}
		return list;
	}

	/** Unanswered challenges, three per competence (u0, u1, ...). */
	private static List<ScoredChallenge> unanswered(int count) {
		var list = new ArrayList<ScoredChallenge>();
		for (int i = 0; i < count; i++) {
			list.add(new ScoredChallenge("u" + i, "u" + (i / 3), false, Outcome.UNANSWERED, false));
		}
		return list;
	}

	/** Filler for a band, given the competence's own right and wrong answers. */
	private static List<ScoredChallenge> fillerFor(int band, int right, int wrong) {
		// the target rate: 90, 75, 60 over 100 counted challenges
		int target = new int[] { 90, 75, 60 }[band];
		int total = 100 - right - wrong;
		int fillerRight = target - right;
		return filler(fillerRight, total - fillerRight);
	}

	/** 1.1 at level 4 (37 pix), every other competence present at level 2 (20 pix). */
	private static Map<String, ProfileLevel> profile(List<ScoredChallenge> challenges) {
		var profile = new HashMap<String, ProfileLevel>();
		challenges.forEach(c -> profile.put(c.competence(),
				c.competence().equals("1.1") ? new ProfileLevel(4, 37) : new ProfileLevel(2, 20)));
		return profile;
	}

	private static ScoringInput input(List<ScoredChallenge> challenges, AbortReason abort) {
		return new ScoringInput(challenges, profile(challenges), 8, abort);
	}

	private static CompetenceScore of(CertificationScore score, String code) {
		return score.competences().stream().filter(c -> c.competence().equals(code)).findFirst().orElseThrow();
	}

}
