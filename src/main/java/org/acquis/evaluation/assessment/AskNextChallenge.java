package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.acquis.evaluation.AssessmentCompleted;
import org.acquis.evaluation.accommodation.Accommodation;
import org.acquis.evaluation.domain.PreviousQuestion;
import org.acquis.referential.Challenge;
import org.acquis.referential.ChallengeView;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current question of an assessment: the one already chosen if it is unanswered (the
 * answer to the previous one chose it; resume after leaving, a second tab), else, for a
 * new assessment, the first one the adaptive algorithm picks. No question left completes
 * the assessment. Showing a question is a plain read: a timed question's clock starts
 * only when the learner starts it ({@link StartTimedChallenge}); until then it is shown
 * without its content ({@link AskedChallenge#view()}), so that finding it gives no time.
 */
@Component
class AskNextChallenge {

	private final Assessments assessments;

	private final KnowledgeElements knowledgeElements;

	private final AssessedSkills skills;

	private final NextChallengeChoice choice;

	private final ContentBank bank;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LearnerTiming timing;

	AskNextChallenge(Assessments assessments, KnowledgeElements knowledgeElements, AssessedSkills skills,
			NextChallengeChoice choice, ContentBank bank, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, LearnerTiming timing) {
		this.timing = timing;
		this.assessments = assessments;
		this.knowledgeElements = knowledgeElements;
		this.skills = skills;
		this.choice = choice;
		this.bank = bank;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Optional<AskedChallenge> ask(UUID assessmentId, UUID userId) {
		var assessment = this.assessments.find(assessmentId)
			.filter(a -> a.userId().equals(userId))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (!assessment.started()) {
			return Optional.empty();
		}
		var current = current(assessment);
		if (current.isPresent() && !assessment.pastDeadline(this.clock.instant())) {
			return Optional.of(asked(assessment, current.get(), assessment.currentDeadline()));
		}
		return Objects.requireNonNull(this.transactions.execute(status -> askUnderLock(assessmentId, userId)));
	}

	private Optional<AskedChallenge> askUnderLock(UUID assessmentId, UUID userId) {
		var assessment = this.assessments.lock(assessmentId)
			.filter(a -> a.userId().equals(userId))
			.orElseThrow(() -> DomainException.notFound("ASSESSMENT_NOT_FOUND"));
		if (!assessment.started()) {
			return Optional.empty();
		}
		var now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (assessment.pastDeadline(now)) {
			return complete(assessment, now);
		}
		var current = current(assessment);
		if (current.isPresent()) {
			return Optional.of(asked(assessment, current.get(), assessment.currentDeadline()));
		}
		// a new assessment, or its question left the content bank
		var assessed = this.skills.of(assessment);
		var history = this.knowledgeElements.ofSkills(userId, this.skills.places(assessed), assessmentId);
		var next = this.choice.choose(assessment, assessed, history,
				PreviousQuestion.of(assessment.answers(), assessment.lastChallengeTimed()), assessment.answers(), now);
		if (next.isEmpty()) {
			return complete(assessment, now);
		}
		var challenge = next.get();
		this.assessments.ask(assessmentId, challenge.id(), now, null);
		return Optional.of(asked(assessment, challenge, null));
	}

	private AskedChallenge asked(Assessment assessment, Challenge challenge, @Nullable Instant deadline) {
		return new AskedChallenge(assessment, challenge, deadline, null, this.timing.of(assessment, challenge));
	}

	private Optional<AskedChallenge> complete(Assessment assessment, Instant now) {
		this.assessments.complete(assessment.id(), now);
		this.events.publishEvent(new AssessmentCompleted(assessment.id(), assessment.userId(), assessment.type().name(),
				assessment.competence()));
		return Optional.empty();
	}

	private Optional<Challenge> current(Assessment assessment) {
		return assessment.currentChallengeId() == null ? Optional.empty()
				: this.bank.challenge(assessment.currentChallengeId());
	}

	/**
	 * When a timed challenge started at {@code now} times out, the learner's extra time
	 * and the grace included.
	 */
	static Instant deadline(Challenge challenge, Accommodation accommodation, Instant now,
			EvaluationSettings settings) {
		return now.plusSeconds(accommodation.seconds(Objects.requireNonNull(challenge.timerSeconds()))
				+ (long) settings.timerGraceSeconds());
	}

	/**
	 * @param skillsLeft the skills that may still be asked, when the answer that chose
	 * this question counted them ({@code QuestionProgress}), else null
	 * @param accommodation the learner's, for a timed question ({@link LearnerTiming})
	 */
	public record AskedChallenge(Assessment assessment, Challenge challenge, @Nullable Instant deadline,
			@Nullable Integer skillsLeft, Accommodation accommodation) {

		/**
		 * A timed question whose clock has not started yet: it waits for its start. A
		 * learner without timer has none to start.
		 */
		public boolean awaitingStart() {
			return this.challenge.timed() && !this.accommodation.untimed() && this.deadline == null;
		}

		/**
		 * What the learner is shown (the next-challenge body): the question, or only the
		 * warning of a timed one not started.
		 */
		public ChallengeView view() {
			var view = awaitingStart() ? ChallengeView.awaitingStart(this.challenge)
					: ChallengeView.of(this.challenge, this.deadline, this.assessment.seed());
			var timer = this.challenge.timerSeconds();
			if (timer == null) {
				return view;
			}
			// the timer this learner gets: lengthened, or none
			return view.withTimer(this.accommodation.untimed() ? null : this.accommodation.seconds(timer));
		}

	}

}
