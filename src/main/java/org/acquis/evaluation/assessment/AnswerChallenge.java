package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.evaluation.AssessmentCompleted;
import org.acquis.evaluation.domain.KnowledgeElement;
import org.acquis.evaluation.domain.KnowledgeElementInference;
import org.acquis.evaluation.domain.PreviousQuestion;
import org.acquis.referential.Challenge;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the answer to the current challenge, judges it, works out what it says about
 * the skills and chooses the next question (or completes the assessment), then writes all
 * of it in one statement, under the assessment's lock: an acknowledged answer is never
 * lost, a replay with the same idempotency key returns the first result, an answer to
 * another challenge is refused. The lock and the learner's history are read in one
 * statement ({@link LockWithHistory}). The answer returns the next question as it is
 * asked, so that the client needs no second request; a replay returns the question
 * current at the time of the replay (the same one, unless it was answered since).
 */
@Component
class AnswerChallenge {

	private final LockWithHistory locks;

	private final Answers answers;

	private final KnowledgeElements knowledgeElements;

	private final AssessedSkills skills;

	private final NextChallengeChoice choice;

	private final ContentBank bank;

	private final AskNextChallenge ask;

	private final ApplicationEventPublisher events;

	private final LevelsGained levels;

	private final QuestionProgress progress;

	private final Clock clock;

	private final LearnerTiming timing;

	private final KnowledgeElementInference inference = new KnowledgeElementInference();

	AnswerChallenge(LockWithHistory locks, Answers answers, KnowledgeElements knowledgeElements, AssessedSkills skills,
			NextChallengeChoice choice, ContentBank bank, AskNextChallenge ask, ApplicationEventPublisher events,
			LevelsGained levels, QuestionProgress progress, Clock clock, LearnerTiming timing) {
		this.timing = timing;
		this.locks = locks;
		this.answers = answers;
		this.knowledgeElements = knowledgeElements;
		this.skills = skills;
		this.choice = choice;
		this.bank = bank;
		this.ask = ask;
		this.events = events;
		this.levels = levels;
		this.progress = progress;
		this.clock = clock;
	}

	@Transactional
	public Answered answer(GivenAnswer given) {
		var target = given.challengeId() == null ? Optional.<Challenge>empty()
				: this.bank.challenge(given.challengeId());
		// the history an answer to this challenge needs: its competence's elements
		var competences = target.flatMap(c -> this.skills.placeOf(c.skillId())).stream().toList();
		var locked = this.locks.lock(given.assessmentId(), given.userId(), competences)
			.filter(l -> l.assessment().userId().equals(given.userId()))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		var assessment = locked.assessment();
		if (!assessment.started() || given.challengeId() == null
				|| !given.challengeId().equals(assessment.currentChallengeId())) {
			// a retry of an answer already recorded finds the question changed: it gets
			// the first result back
			return replayed(assessment, given).orElseThrow(() -> refusal(assessment, given));
		}
		var challenge = target
			.orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND", String.valueOf(given.challengeId())));
		// the database keeps microseconds: the knowledge elements kept in memory below
		// must be the ones it stores
		var now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (assessment.pastDeadline(now)) {
			// nothing is written: the next read of the question completes the assessment
			throw DomainException.conflict("ASSESSMENT_DEADLINE_PASSED");
		}
		var judged = judge(challenge, given, timedOut(assessment, challenge, given, now));
		var recorded = new Answers.RecordedAnswer(UUID.randomUUID(), assessment.id(), challenge.id(),
				challenge.skillId(), judged.result());
		var learnt = learnAndChooseNext(locked, challenge, recorded, now);
		var next = learnt.next().orElse(null);
		if (!this.answers.record(recorded, given.userId(), AnswerValues.stored(given.value()), judged.fieldResults(),
				given.idempotencyKey(), learnt.elements(), assessment.rules().countsInProfile(), challenge.timed(),
				next, null, now)) {
			return replayed(assessment, given).orElseThrow();
		}
		if (next == null) {
			this.events.publishEvent(new AssessmentCompleted(assessment.id(), assessment.userId(),
					assessment.type().name(), assessment.competence()));
			return new Answered(recorded, Optional.empty(), learnt.levelUp(), blind(assessment));
		}
		// a timed next question waits for the learner to start it (StartTimedChallenge)
		return new Answered(recorded,
				Optional.of(new AskNextChallenge.AskedChallenge(
						assessment.answered(challenge.timed(), next.id(), now, null), next, null, learnt.skillsLeft(),
						this.timing.of(assessment, next))),
				learnt.levelUp(), blind(assessment));
	}

	/**
	 * A timed question's clock runs from when the learner started it: past its deadline
	 * the answer is late. A timed question answered without being started (its content
	 * never shown) is late too: finding the question gives no time. The page's script
	 * says when its clock ran out. A learner without timer (an accommodation) is never
	 * late.
	 */
	private boolean timedOut(Assessment assessment, Challenge challenge, GivenAnswer given, Instant now) {
		if (!challenge.timed() || this.timing.of(assessment, challenge).untimed()) {
			return false;
		}
		var deadline = assessment.currentDeadline();
		return given.timedOut() || deadline == null || now.isAfter(deadline);
	}

	/**
	 * An answer to anything but the current question: a question that was current is not
	 * any more, also when answering it completed the assessment.
	 */
	private static DomainException refusal(Assessment assessment, GivenAnswer given) {
		if (!assessment.started() && given.challengeId() == null) {
			return DomainException.conflict("ASSESSMENT_NOT_STARTED");
		}
		return DomainException.conflict("CHALLENGE_NOT_CURRENT");
	}

	/**
	 * The first result of an answer already recorded with this key, and the question to
	 * answer now: a retry after a lost response must show where the assessment stands,
	 * which is the question the first response carried unless it was answered since.
	 */
	private Optional<Answered> replayed(Assessment assessment, GivenAnswer given) {
		var key = given.idempotencyKey();
		return key == null ? Optional.empty() : this.answers.byIdempotencyKey(assessment.id(), key)
			.map(first -> new Answered(first, this.ask.ask(assessment.id(), given.userId()), null, blind(assessment)));
	}

	private Judgement judge(Challenge challenge, GivenAnswer given, boolean timedOut) {
		if (given.skipped()) {
			if (given.value() != null) {
				// what was typed before skipping is stored: it obeys the same limits as
				// an answer
				AnswerValues.parse(challenge, given.value());
			}
			return new Judgement(AnswerResult.SKIPPED, null);
		}
		var value = AnswerValues.parse(challenge, given.value());
		if (timedOut) {
			return new Judgement(AnswerResult.TIMED_OUT, null);
		}
		if (challenge.focused() && given.focusedOut()) {
			return new Judgement(AnswerResult.FOCUSED_OUT, null);
		}
		var outcome = this.bank.judge(challenge, value);
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

	/**
	 * What the answer says about the skills, and the next question chosen from the
	 * learner's knowledge elements with these new ones (read once, the new ones added in
	 * memory): both are written with the answer, in one statement.
	 */
	private Learnt learnAndChooseNext(LockWithHistory.Locked locked, Challenge challenge, Answers.RecordedAnswer answer,
			Instant now) {
		var assessment = locked.assessment();
		var assessed = this.skills.of(assessment);
		var places = this.skills.places(assessed);
		// read again when the assessment spans other competences, or changed while the
		// lock was awaited
		var history = new ArrayList<>(locked.historyOf(places)
			.orElseGet(() -> this.knowledgeElements.ofSkills(assessment.userId(), places, assessment.id())));
		var skill = assessed.stream().filter(s -> s.id().equals(challenge.skillId())).findFirst();
		List<KnowledgeElement> created = List.of();
		if (skill.isPresent()) {
			created = this.inference.infer(assessed, history, assessment.id(), skill.get(), answer.result().success(),
					now);
			created.stream().filter(e -> places.containsKey(e.skillId())).forEach(history::add);
		}
		var levelUp = this.levels.of(locked, challenge.skillId(), created).orElse(null);
		return new Learnt(
				KnowledgeElements.Rows.of(places, created), this.choice.choose(assessment, assessed, history,
						PreviousQuestion.of(challenge.timed()), assessment.answers() + 1, now),
				levelUp, this.progress.left(assessed, history));
	}

	private record Learnt(KnowledgeElements.Rows elements, Optional<Challenge> next,
			LevelsGained.@Nullable LevelUp levelUp, int skillsLeft) {
	}

	/** A certification test shows no result before the jury publishes it. */
	private static boolean blind(Assessment assessment) {
		return assessment.type() == Assessment.Type.CERTIFICATION;
	}

	/**
	 * A recorded answer and the question to answer next, empty when the assessment is
	 * over; {@code levelUp}: the level this answer raised, if it did (a replay does not
	 * say it again); {@code blind} when its result must not be shown (a certification
	 * test).
	 */
	public record Answered(Answers.RecordedAnswer answer, Optional<AskNextChallenge.AskedChallenge> next,
			LevelsGained.@Nullable LevelUp levelUp, boolean blind) {
	}

	private record Judgement(AnswerResult result, @Nullable String fieldResults) {
	}

	/** An answer as sent: value is a text, or a map of field key to text. */
	public record GivenAnswer(UUID assessmentId, UUID userId, @Nullable String challengeId, @Nullable Object value,
			boolean skipped, boolean timedOut, boolean focusedOut, @Nullable String idempotencyKey) {
	}

}
