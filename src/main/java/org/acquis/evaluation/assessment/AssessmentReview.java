package org.acquis.evaluation.assessment;

import java.util.List;
import java.util.UUID;

import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Correction;
import org.acquis.referential.Tutorial;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers recorded so far in an assessment, oldest first, each with what the learner
 * gave (as they saw it), its result, the expected answer and the tutorials of its skill's
 * tube ("Réponses et tutos": checkpoints every 5 answers and the result's recap). Only
 * recorded answers are read, so a correction never precedes its answer; the current
 * question is not among them. Its learner only, and never during nor after a
 * certification (domain.md §4): both are 404 {@code ASSESSMENT_NOT_FOUND}.
 */
@Component
public class AssessmentReview {

	private final Assessments assessments;

	private final JdbcClient jdbc;

	private final ContentBank bank;

	AssessmentReview(Assessments assessments, JdbcClient jdbc, ContentBank bank) {
		this.assessments = assessments;
		this.jdbc = jdbc;
		this.bank = bank;
	}

	@Transactional(readOnly = true)
	public Review of(UUID assessmentId, UUID userId) {
		var assessment = this.assessments.find(assessmentId)
			.filter(a -> a.userId().equals(userId) && a.type() != Assessment.Type.CERTIFICATION)
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		var answers = this.jdbc.sql("""
				SELECT challenge_id, value::text, result FROM evaluation_answer
				WHERE assessment_id = ? ORDER BY created_at, id""")
			.param(assessment.id())
			.query((rs, row) -> reviewed(rs.getString(1), rs.getString(2), AnswerResult.valueOf(rs.getString(3))))
			.list();
		return new Review(assessment, answers);
	}

	private ReviewedAnswer reviewed(String challengeId, @Nullable String storedValue, AnswerResult result) {
		var challenge = this.bank.challenge(challengeId);
		if (challenge.isEmpty()) {
			// a challenge gone from the content bank: its answer stays, without
			// correction
			return new ReviewedAnswer(challengeId, "", result, "", new Correction("", List.of()), List.of());
		}
		var c = challenge.get();
		return new ReviewedAnswer(c.id(), c.instruction(), result, GivenAnswers.shown(c, storedValue),
				this.bank.correction(c), tutorials(c));
	}

	private List<Tutorial> tutorials(Challenge challenge) {
		var tube = this.bank.skill(challenge.skillId()).map(s -> s.tube()).orElse("");
		return this.bank.allTutorials().stream().filter(t -> t.tube().equals(tube)).toList();
	}

	/** An assessment's recorded answers, oldest first. */
	public record Review(Assessment assessment, List<ReviewedAnswer> answers) {

		/**
		 * The answers of the last complete group of {@code size} (a checkpoint), empty
		 * before the first one.
		 */
		public List<ReviewedAnswer> lastGroupOf(int size) {
			int end = this.answers.size() / size * size;
			return end == 0 ? List.of() : this.answers.subList(end - size, end);
		}

	}

	/**
	 * One recorded answer: {@code given} as the learner saw it (the proposals' texts,
	 * each field with its label), empty when nothing was given.
	 */
	public record ReviewedAnswer(String challengeId, String instruction, AnswerResult result, String given,
			Correction correction, List<Tutorial> tutorials) {

		public boolean ok() {
			return this.result.success();
		}

	}

}
