package org.acquis.campaign.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.acquis.campaign.ParticipationShared;
import org.acquis.campaign.badge.EarnedBadges;
import org.acquis.campaign.mastery.SkillOutcome;
import org.acquis.campaign.profiles.SharedProfiles;
import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.campaign.Campaigns;
import org.acquis.campaign.targetprofile.TargetProfileSkills;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.acquis.evaluation.assessment.AssessmentSummary;
import org.acquis.evaluation.assessment.KnowledgeSnapshots;
import org.acquis.referential.Skill;
import org.acquis.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner sends their results: the target skills, validated or not, as the learner's
 * knowledge stands now, are copied into the campaign's own table; later tests change
 * nothing of what the teacher received. Sharing twice is sharing once.
 */
@Component
public class ShareResults {

	private final Participations participations;

	private final Campaigns campaigns;

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final KnowledgeSnapshots knowledge;

	private final AssessmentSummaries summaries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SharedProfiles sharedProfiles;

	private final EarnedBadges badges;

	ShareResults(Participations participations, Campaigns campaigns, TargetProfiles profiles,
			TargetProfileSkills skills, KnowledgeSnapshots knowledge, AssessmentSummaries summaries, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, SharedProfiles sharedProfiles, EarnedBadges badges) {
		this.sharedProfiles = sharedProfiles;
		this.badges = badges;
		this.participations = participations;
		this.campaigns = campaigns;
		this.profiles = profiles;
		this.skills = skills;
		this.knowledge = knowledge;
		this.summaries = summaries;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Participation share(UUID participationId, UUID userId) {
		var participation = this.participations.find(participationId)
			.filter(p -> p.userId().equals(userId))
			.orElseThrow(() -> DomainException.notFound("PARTICIPATION_NOT_FOUND"));
		if (participation.status() == Participation.Status.SHARED) {
			return participation;
		}
		if (participation.status() == Participation.Status.STARTED && !assessmentOver(participation)) {
			throw DomainException.conflict("PARTICIPATION_NOT_FINISHED");
		}
		var campaign = this.campaigns.find(participation.campaignId()).orElseThrow();
		if (campaign.type() == Campaign.Type.PROFILES_COLLECTION) {
			return shareProfile(participationId, userId, campaign);
		}
		var target = targetSkills(campaign);
		var validated = this.knowledge.of(userId).validatedSkills();
		int count = (int) target.stream().filter(s -> validated.contains(s.id())).count();
		var rate = target.isEmpty() ? BigDecimal.ZERO
				: BigDecimal.valueOf(count).divide(BigDecimal.valueOf(target.size()), 4, RoundingMode.HALF_UP);
		var now = this.clock.instant();
		if (this.participations.share(participationId, now, count, target.size(), rate)) {
			keep(participationId, target, validated);
			var profile = campaign.targetProfileId();
			if (profile != null) {
				this.badges.award(participationId, profile, target.stream()
					.map(t -> new SkillOutcome(t.id(), t.tube(), t.competence(), t.level(), validated.contains(t.id())))
					.toList());
			}
			this.events.publishEvent(new ParticipationShared(participationId, campaign.id(), campaign.organizationId(),
					userId, now, rate.doubleValue()));
		}
		return this.participations.find(participationId).orElseThrow();
	}

	/** A profiles collection: the learner's profile as it stands, no mastery rate. */
	private Participation shareProfile(UUID participationId, UUID userId, Campaign campaign) {
		var now = this.clock.instant();
		if (this.participations.share(participationId, now, null, null, null)) {
			this.sharedProfiles.keep(participationId, userId);
			this.events.publishEvent(
					new ParticipationShared(participationId, campaign.id(), campaign.organizationId(), userId, now, 0));
		}
		return this.participations.find(participationId).orElseThrow();
	}

	/**
	 * A participation still marked started: as it is while its assessment runs, else (the
	 * listener has not run yet) to share; 409 {@code PARTICIPATION_NOT_FINISHED} while it
	 * runs.
	 */
	public Participation stillStarted(Participation participation) {
		if (!assessmentOver(participation)) {
			throw DomainException.conflict("PARTICIPATION_NOT_FINISHED");
		}
		var assessment = java.util.Objects.requireNonNull(participation.assessmentId());
		this.participations.assessmentOver(assessment);
		return this.participations.find(participation.id()).orElseThrow();
	}

	/** The listener may not have run yet: evaluation's word is the reference. */
	private boolean assessmentOver(Participation participation) {
		var assessment = participation.assessmentId();
		return assessment != null && this.summaries.of(assessment).map(AssessmentSummary::completed).orElse(false);
	}

	private List<Skill> targetSkills(Campaign campaign) {
		var profile = campaign.targetProfileId();
		return profile == null ? List.of() : this.skills.of(this.profiles.find(profile).orElseThrow());
	}

	private void keep(UUID participationId, List<Skill> target, java.util.Set<String> validated) {
		this.jdbc.sql("""
				INSERT INTO campaign_shared_skill (participation_id, skill_id, tube, competence_code, level, validated)
				SELECT ?, s.* FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::boolean[]) AS s""")
			.params(participationId, target.stream().map(Skill::id).toArray(String[]::new),
					target.stream().map(Skill::tube).toArray(String[]::new),
					target.stream().map(Skill::competence).toArray(String[]::new),
					target.stream().map(Skill::level).toArray(Integer[]::new),
					target.stream().map(s -> validated.contains(s.id())).toArray(Boolean[]::new))
			.update();
	}

}
