package org.acquis.campaign.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.campaign.Campaigns;
import org.acquis.campaign.targetprofile.TargetProfileSkills;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.identity.UserDirectory;
import org.acquis.organization.OrganizationLearner;
import org.acquis.organization.OrganizationLearners;
import org.acquis.referential.Skill;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner joins a campaign by its code, or comes back to it: the same call starts or
 * resumes the participation and its assessment (on the target profile's skills). In a
 * school that manages its list the learner is first matched to their record. A new
 * participation after sharing (a retake) needs multiple sendings and 4 days.
 */
@Component
public class JoinCampaign {

	static final Duration RETAKE_AFTER = Duration.ofDays(4);

	private final Campaigns campaigns;

	private final Participations participations;

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final StartAssessment startAssessment;

	private final OrganizationLearners learners;

	private final UserDirectory users;

	private final Clock clock;

	JoinCampaign(Campaigns campaigns, Participations participations, TargetProfiles profiles,
			TargetProfileSkills skills, StartAssessment startAssessment, OrganizationLearners learners,
			UserDirectory users, Clock clock) {
		this.campaigns = campaigns;
		this.participations = participations;
		this.profiles = profiles;
		this.skills = skills;
		this.startAssessment = startAssessment;
		this.learners = learners;
		this.users = users;
		this.clock = clock;
	}

	public record Request(@Nullable String externalId, @Nullable Identity learner, @Nullable Boolean retake) {

		boolean retaking() {
			return Boolean.TRUE.equals(this.retake);
		}

	}

	/** Who the learner says they are, to be matched to the school's list. */
	public record Identity(@Nullable String firstName, @Nullable String lastName, @Nullable String birthDate) {
	}

	@Transactional
	public Participation join(String code, UUID userId, Request request) {
		var campaign = this.campaigns.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("CAMPAIGN_NOT_FOUND"));
		this.participations.lock(campaign.id(), userId);
		var current = this.participations.current(campaign.id(), userId).orElse(null);
		if (current != null && !(request.retaking() && retakeAllowed(campaign, current))) {
			return current;
		}
		if (campaign.archived()) {
			throw DomainException.conflict("CAMPAIGN_ARCHIVED");
		}
		var who = current != null ? identityOf(current) : identify(campaign, userId, request.learner());
		var externalId = current != null ? current.externalId() : externalId(campaign, request.externalId());
		if (current != null) {
			this.participations.markImproved(current.id());
		}
		var assessment = campaign.type() == Campaign.Type.ASSESSMENT ? startAssessment(campaign, userId) : null;
		var participation = new Participation(UUID.randomUUID(), campaign.id(), userId, who.learnerId(),
				who.firstName(), who.lastName(), who.division(), externalId, assessment,
				assessment == null ? Participation.Status.TO_SHARE : Participation.Status.STARTED, this.clock.instant(),
				null, null, null, null);
		this.participations.insert(participation);
		return participation;
	}

	public boolean retakeAllowed(Campaign campaign, Participation participation) {
		return campaign.multipleSendings() && !campaign.archived() && participation.sharedAt() != null
				&& !participation.sharedAt().plus(RETAKE_AFTER).isAfter(this.clock.instant());
	}

	private record Who(@Nullable UUID learnerId, String firstName, String lastName, @Nullable String division) {
	}

	private static Who identityOf(Participation p) {
		return new Who(p.organizationLearnerId(), p.firstName(), p.lastName(), p.division());
	}

	private Who identify(Campaign campaign, UUID userId, @Nullable Identity identity) {
		if (!campaign.managesStudents()) {
			var user = this.users.find(userId).orElseThrow();
			return new Who(null, user.firstName(), user.lastName(), null);
		}
		var learner = reconcile(campaign, identity);
		if (this.participations.learnerTakenByAnother(campaign.id(), learner.id(), userId)) {
			throw DomainException.conflict("LEARNER_ALREADY_JOINED");
		}
		return new Who(learner.id(), learner.firstName(), learner.lastName(), learner.division());
	}

	private OrganizationLearner reconcile(Campaign campaign, @Nullable Identity identity) {
		var first = identity == null ? "" : text(identity.firstName());
		var last = identity == null ? "" : text(identity.lastName());
		LocalDate birthDate;
		try {
			birthDate = LocalDate.parse(identity == null ? "" : text(identity.birthDate()));
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badInput("RECONCILIATION_REQUIRED");
		}
		if (first.isEmpty() || last.isEmpty()) {
			throw DomainException.badInput("RECONCILIATION_REQUIRED");
		}
		return Reconciliation
			.match(this.learners.activeLearners(campaign.organizationId(), null), first, last, birthDate)
			.orElseThrow(() -> DomainException.badInput("RECONCILIATION_NO_MATCH"));
	}

	private UUID startAssessment(Campaign campaign, UUID userId) {
		var profile = this.profiles.find(java.util.Objects.requireNonNull(campaign.targetProfileId())).orElseThrow();
		var skillIds = this.skills.of(profile).stream().map(Skill::id).toList();
		return this.startAssessment.start(AssessmentOptions.on(userId, Purpose.CAMPAIGN, skillIds));
	}

	private static @Nullable String externalId(Campaign campaign, @Nullable String externalId) {
		if (campaign.externalIdLabel() == null) {
			return null;
		}
		var id = text(externalId);
		if (id.isEmpty()) {
			throw DomainException.badInput("EXTERNAL_ID_REQUIRED", campaign.externalIdLabel());
		}
		return id;
	}

	/** A name, date or id as typed, stripped; empty when missing or too long. */
	private static String text(@Nullable String text) {
		return text == null || text.length() > 200 || text.indexOf('\0') >= 0 ? "" : text.strip();
	}

}
