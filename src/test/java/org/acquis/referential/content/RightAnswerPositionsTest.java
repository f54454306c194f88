package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HIGH-1 of the security probe: a proposal's id must not tell where the author put it,
 * and the right answers must not cluster in one position of the authors' lists.
 */
class RightAnswerPositionsTest {

	private static final ContentBank BANK = new ContentPackLoader().load().bank();

	private final AnswerValidator validator = new AnswerValidator();

	@Test
	void noPositionHoldsTheRightAnswerOfMoreThanFortyPercentOfAFrameworksQcuOrQcm() {
		for (var framework : BANK.frameworks()) {
			for (var type : List.of(Challenge.Type.QCU, Challenge.Type.QCM)) {
				var solutions = choices(framework.code(), type).stream()
					.map(c -> AnswerPositions.rightPositions(c, BANK.answerKey(c)))
					.toList();
				var perPosition = new HashMap<Integer, Integer>();
				var perSet = new HashMap<Set<Integer>, Integer>();
				solutions.forEach(positions -> {
					perSet.merge(positions, 1, Integer::sum);
					positions.forEach(p -> perPosition.merge(p, 1, Integer::sum));
				});
				var rightProposals = solutions.stream().mapToInt(Set::size).sum();
				perSet
					.forEach((positions,
							count) -> assertThat(count * 100).as("%s %s: %s is the solution of %d of %d",
									framework.code(), type, positions, count, solutions.size())
								.isLessThanOrEqualTo(40 * solutions.size()));
				perPosition
					.forEach((position,
							count) -> assertThat(count * 100).as("%s %s: position %d holds %d of %d right proposals",
									framework.code(), type, position, count, rightProposals)
								.isLessThanOrEqualTo(40 * rightProposals));
			}
		}
	}

	@Test
	void proposalIdsAreOpaqueUniqueAndStable() {
		var again = new ContentPackLoader().load().bank();
		for (var challenge : BANK.allChallenges()) {
			var ids = challenge.proposals().stream().map(Challenge.Proposal::id).toList();
			assertThat(ids).as(challenge.id()).allMatch(id -> id.matches("[a-z2-7]{8}")).doesNotHaveDuplicates();
			assertThat(again.challenge(challenge.id()).orElseThrow().proposals()).isEqualTo(challenge.proposals());
		}
	}

	@Test
	void theFormerPositionIdsAnsweredBlindAreWrongAndEverySolutionStillPasses() {
		int choices = 0;
		for (var challenge : BANK.allChallenges()) {
			if (challenge.type() != Challenge.Type.QCU && challenge.type() != Challenge.Type.QCM) {
				continue;
			}
			choices++;
			var blind = new ArrayList<String>();
			for (int i = 1; i <= challenge.proposals().size(); i++) {
				blind.add(String.valueOf(i));
				assertThat(ok(challenge, String.join(",", blind))).as(challenge.id() + " answered " + blind).isFalse();
				assertThat(ok(challenge, String.valueOf(i))).as(challenge.id() + " answered " + i).isFalse();
			}
			var key = BANK.answerKey(challenge);
			assertThat(ok(challenge, ((AnswerValue.Text) key.rightAnswer()).value())).as(challenge.id()).isTrue();
			var rightTexts = AnswerPositions.rightPositions(challenge, key)
				.stream()
				.map(p -> challenge.proposals().get(p - 1).text())
				.collect(Collectors.toSet());
			var accepted = key.acceptedAnswers() instanceof List<?> list ? Set.copyOf(list)
					: Set.of(key.acceptedAnswers());
			assertThat(accepted).as(challenge.id()).isEqualTo(rightTexts);
		}
		assertThat(choices).isGreaterThan(500);
	}

	@Test
	void theLinterReportsABankWhoseRightAnswersAreAlwaysFirst() {
		var skewed = new ArrayList<TubeFile.ChallengeEntry>();
		for (int i = 0; i < 12; i++) {
			var proposals = List.of(new Challenge.Proposal("aaaaaaa" + i, "A"),
					new Challenge.Proposal("bbbbbbb" + i, "B"), new Challenge.Proposal("ccccccc" + i, "C"));
			skewed.add(new TubeFile.ChallengeEntry(
					new Challenge("t-1-" + (char) ('a' + i), "@t1", "crcn", "1.1", Challenge.Type.QCU, "?", proposals,
							List.of(), null, false, List.of(), null, true, "fr", Challenge.Status.VALIDATED),
					key(i < 4 ? "aaaaaaa" + i : proposals.get(1 + i % 2).id()), i));
		}
		assertThat(AnswerPositions.check("crcn", skewed)).isEmpty();
		skewed.set(5, withSolution(skewed.get(5), "aaaaaaa5"));

		assertThat(AnswerPositions.check("crcn", skewed)).singleElement()
			.asString()
			.contains("QCU", "[1]", "5 of 12", "40 %");
		assertThat(AnswerPositions.check("crcn-edu", skewed)).as("another framework").isEmpty();
		assertThat(AnswerPositions.check("crcn", skewed.subList(0, 9))).as("too few to judge").isEmpty();
	}

	private static TubeFile.ChallengeEntry withSolution(TubeFile.ChallengeEntry entry, String id) {
		return new TubeFile.ChallengeEntry(entry.challenge(), key(id), entry.line());
	}

	private static AnswerKey key(String rightId) {
		return new AnswerKey(new Solution.SingleChoice(rightId), new AnswerValue.Text("x"), List.of(), "A");
	}

	private boolean ok(Challenge challenge, String value) {
		return this.validator.validate(BANK.answerKey(challenge).solution(), new AnswerValue.Text(value)).ok();
	}

	private static List<Challenge> choices(String framework, Challenge.Type type) {
		return BANK.allChallenges()
			.stream()
			.filter(c -> c.framework().equals(framework) && c.type() == type && c.playable())
			.toList();
	}

}
