package org.acquis.campaign.participation;

import java.util.List;
import java.util.UUID;

import org.acquis.campaign.badge.EarnedBadges;
import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.campaign.Campaigns;
import org.acquis.campaign.profiles.SharedProfile;
import org.acquis.campaign.profiles.SharedProfiles;
import org.acquis.campaign.mastery.Mastery;
import org.acquis.campaign.mastery.Rate;
import org.acquis.campaign.mastery.SkillOutcome;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfileSkills;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.evaluation.assessment.KnowledgeSnapshots;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A participation's results: once shared, what was sent (kept by the campaign); before,
 * the learner's knowledge as it stands on the target skills.
 */
@Component
public class LearnerResults {

	private final Campaigns campaigns;

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final KnowledgeSnapshots knowledge;

	private final JdbcClient jdbc;

	private final SharedProfiles sharedProfiles;

	private final EarnedBadges badges;

	LearnerResults(Campaigns campaigns, TargetProfiles profiles, TargetProfileSkills skills,
			KnowledgeSnapshots knowledge, JdbcClient jdbc, SharedProfiles sharedProfiles, EarnedBadges badges) {
		this.sharedProfiles = sharedProfiles;
		this.badges = badges;
		this.campaigns = campaigns;
		this.profiles = profiles;
		this.skills = skills;
		this.knowledge = knowledge;
		this.jdbc = jdbc;
	}

	public record View(Participation participation, Campaign campaign, Rate overall, List<Rate> competences,
			Mastery.@Nullable StageReached stage, @Nullable TargetProfile profile, @Nullable SharedProfile collected,
			List<EarnedBadges.Earned> badges) {
	}

	public View of(Participation participation) {
		var campaign = this.campaigns.find(participation.campaignId()).orElseThrow();
		var profile = campaign.targetProfileId() == null ? null
				: this.profiles.find(campaign.targetProfileId()).orElseThrow();
		var outcomes = participation.status() == Participation.Status.SHARED ? shared(participation.id())
				: live(participation.userId(), profile);
		var overall = Mastery.overall(outcomes);
		return new View(participation, campaign, overall, Mastery.byCompetence(outcomes),
				profile == null ? null : Mastery.stage(profile.stages(), overall.value()), profile,
				collected(campaign, participation), badges(participation, profile, outcomes));
	}

	/** A profiles collection's profile: as sent, or as it stands before sending. */
	private @Nullable SharedProfile collected(Campaign campaign, Participation participation) {
		if (campaign.type() != Campaign.Type.PROFILES_COLLECTION) {
			return null;
		}
		return participation.status() == Participation.Status.SHARED
				? this.sharedProfiles.of(participation.id()).orElse(null)
				: this.sharedProfiles.current(participation.userId());
	}

	/** The badges earned when shared, or those the results would earn now. */
	private List<EarnedBadges.Earned> badges(Participation participation, @Nullable TargetProfile profile,
			List<SkillOutcome> outcomes) {
		if (profile == null) {
			return List.of();
		}
		return participation.status() == Participation.Status.SHARED ? this.badges.of(participation.id())
				: this.badges.earned(profile.id(), outcomes);
	}

	/** What was sent, as kept. */
	public List<SkillOutcome> shared(UUID participationId) {
		return this.jdbc.sql("""
				SELECT skill_id, tube, competence_code, level, validated FROM campaign_shared_skill
				WHERE participation_id = ? ORDER BY competence_code, tube, level""")
			.param(participationId)
			.query((rs, row) -> new SkillOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	private List<SkillOutcome> live(UUID userId, @Nullable TargetProfile profile) {
		if (profile == null) {
			return List.of();
		}
		var validated = this.knowledge.of(userId).validatedSkills();
		return this.skills.of(profile)
			.stream()
			.map(s -> new SkillOutcome(s.id(), s.tube(), s.competence(), s.level(), validated.contains(s.id())))
			.toList();
	}

}
