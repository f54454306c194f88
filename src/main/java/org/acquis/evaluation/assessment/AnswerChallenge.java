package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.util.UUID;

import org.acquis.evaluation.domain.EvaluationPolicy;
import org.acquis.evaluation.domain.KnowledgeElementInference;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the answer to the current challenge, judges it and writes what it says about
 * the skills, in one transaction under the assessment's lock: an acknowledged answer is
 * never lost, a replay with the same idempotency key returns the first result, an answer
 * to another challenge is refused.
 */
@Component
public class AnswerChallenge {

	private final Assessments assessments;

	private final Answers answers;

	private final KnowledgeElements knowledgeElements;

	private final AssessedSkills skills;

	private final ContentBank bank;

	private final Clock clock;

	private final AnswerValidator validator = new AnswerValidator();

	private final KnowledgeElementInference inference = new KnowledgeElementInference();

	AnswerChallenge(Assessments assessments, Answers answers, KnowledgeElements knowledgeElements,
			AssessedSkills skills, ContentBank bank, Clock clock) {
		this.assessments = assessments;
		this.answers = answers;
		this.knowledgeElements = knowledgeElements;
		this.skills = skills;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional
	public Answers.RecordedAnswer answer(GivenAnswer given) {
		var assessment = this.assessments.lock(given.assessmentId())
			.filter(a -> a.userId().equals(given.userId()))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (given.idempotencyKey() != null) {
			var replayed = this.answers.byIdempotencyKey(assessment.id(), given.idempotencyKey());
			if (replayed.isPresent()) {
				return replayed.get();
			}
		}
		if (!assessment.started()) {
			throw DomainException.conflict("ASSESSMENT_NOT_STARTED");
		}
		if (given.challengeId() == null || !given.challengeId().equals(assessment.currentChallengeId())) {
			throw DomainException.conflict("CHALLENGE_NOT_CURRENT");
		}
		var challenge = this.bank.challenge(given.challengeId())
			.orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND"));
		var now = this.clock.instant();
		var judged = judge(challenge, given,
				assessment.currentDeadline() != null && now.isAfter(assessment.currentDeadline()));
		var recorded = new Answers.RecordedAnswer(UUID.randomUUID(), assessment.id(), challenge.id(),
				challenge.skillId(), judged.result());
		this.answers.insert(recorded, given.userId(), AnswerValues.stored(given.value()), judged.fieldResults(),
				given.idempotencyKey(), now);
		writeKnowledgeElements(assessment, challenge, recorded, now);
		this.assessments.answered(assessment.id(), challenge.timed(), now);
		return recorded;
	}

	private Judgement judge(Challenge challenge, GivenAnswer given, boolean late) {
		if (given.skipped()) {
			if (given.value() != null) {
				// what was typed before skipping is stored: it obeys the same limits as
				// an answer
				AnswerValues.parse(challenge, given.value());
			}
			return new Judgement(AnswerResult.SKIPPED, null);
		}
		var value = AnswerValues.parse(challenge, given.value());
		if (challenge.timed() && (late || given.timedOut())) {
			return new Judgement(AnswerResult.TIMED_OUT, null);
		}
		if (challenge.focused() && given.focusedOut()) {
			return new Judgement(AnswerResult.FOCUSED_OUT, null);
		}
		var outcome = this.validator.validate(challenge.solution(), value);
		if (outcome.ok()) {
			return new Judgement(AnswerResult.OK, AnswerValues.fieldResults(outcome));
		}
		boolean someFieldOk = outcome.fields()
			.values()
			.stream()
			.anyMatch(v -> v == org.acquis.referential.validation.Verdict.OK);
		return new Judgement(
				challenge.type() == Challenge.Type.QROCM_IND && someFieldOk ? AnswerResult.PARTIALLY : AnswerResult.KO,
				AnswerValues.fieldResults(outcome));
	}

	private void writeKnowledgeElements(Assessment assessment, Challenge challenge, Answers.RecordedAnswer answer,
			java.time.Instant now) {
		var assessed = this.skills.of(assessment);
		var skill = assessed.stream().filter(s -> s.id().equals(challenge.skillId())).findFirst();
		if (skill.isEmpty()) {
			return;
		}
		var history = this.knowledgeElements.ofSkills(assessment.userId(), assessed.stream().map(s -> s.id()).toList());
		var effective = AssessedSkills.effective(assessment, history, new EvaluationPolicy(this.clock));
		var created = this.inference.infer(assessed, effective, skill.get(), answer.result().success(), now);
		this.knowledgeElements.insert(assessment.userId(),
				this.skills.places(assessed.stream().map(s -> s.id()).toList()), created, answer.id(), assessment.id());
	}

	private record Judgement(AnswerResult result, @Nullable String fieldResults) {
	}

	/** An answer as sent: value is a text, or a map of field key to text. */
	public record GivenAnswer(UUID assessmentId, UUID userId, @Nullable String challengeId, @Nullable Object value,
			boolean skipped, boolean timedOut, boolean focusedOut, @Nullable String idempotencyKey) {
	}

}
