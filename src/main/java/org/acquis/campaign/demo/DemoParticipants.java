package org.acquis.campaign.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfileSkills;
import org.acquis.organization.MemberOrganization;
import org.acquis.organization.OrganizationLearners;
import org.acquis.referential.Skill;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo participations that were shared: each pupil validates the target skills up
 * to a level drawn from a seeded random (the same demo on every machine), a few are still
 * under way. Demo data only: the product never writes results that way.
 */
@Component
class DemoParticipants {

	record Pupil(@Nullable UUID learnerId, String firstName, String lastName, @Nullable String division) {
	}

	private final JdbcClient jdbc;

	private final OrganizationLearners learners;

	private final TargetProfileSkills skills;

	private final Clock clock;

	DemoParticipants(JdbcClient jdbc, OrganizationLearners learners, TargetProfileSkills skills, Clock clock) {
		this.jdbc = jdbc;
		this.learners = learners;
		this.skills = skills;
		this.clock = clock;
	}

	boolean campaignExists(UUID organizationId, String name) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign WHERE organization_id = ? AND name = ?)")
			.params(organizationId, name)
			.query(Boolean.class)
			.single();
	}

	List<Pupil> listedPupils(UUID organizationId) {
		return this.learners.activeLearners(organizationId, null)
			.stream()
			.limit(12)
			.map(l -> new Pupil(l.id(), l.firstName(), l.lastName(), l.division()))
			.toList();
	}

	@Transactional
	void shareResults(UUID campaignId, MemberOrganization school, TargetProfile profile, List<Pupil> pupils) {
		var random = new SplittableRandom(2026);
		var target = this.skills.of(profile);
		var now = this.clock.instant();
		for (int i = 0; i < pupils.size(); i++) {
			var pupil = pupils.get(i);
			var id = UUID.randomUUID();
			boolean shared = i % 5 != 4;
			int level = 1 + random.nextInt(2);
			var validated = target.stream()
				.map(s -> s.level() < level || (s.level() == level && random.nextBoolean()))
				.toList();
			int count = (int) validated.stream().filter(v -> v).count();
			var rate = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(target.size()), 4, RoundingMode.HALF_UP);
			var sharedAt = Timestamp.from(now.minus(Duration.ofHours(pupils.size() - i)));
			this.jdbc.sql("""
					INSERT INTO campaign_participation (id, campaign_id, user_id, organization_learner_id, first_name,
					  last_name, division, status, created_at, shared_at, validated_skills, target_skills, mastery_rate)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, campaignId, DemoCampaign.noAccount(), pupil.learnerId(), pupil.firstName(),
						pupil.lastName(), pupil.division(), shared ? "SHARED" : "STARTED", sharedAt,
						shared ? sharedAt : null, shared ? count : null, shared ? target.size() : null,
						shared ? rate : null)
				.update();
			if (shared) {
				keep(id, target, validated);
			}
		}
	}

	private void keep(UUID participationId, List<Skill> target, List<Boolean> validated) {
		for (int i = 0; i < target.size(); i++) {
			var skill = target.get(i);
			this.jdbc
				.sql("""
						INSERT INTO campaign_shared_skill (participation_id, skill_id, tube, competence_code, level, validated)
						VALUES (?, ?, ?, ?, ?, ?)""")
				.params(participationId, skill.id(), skill.tube(), skill.competence(), skill.level(), validated.get(i))
				.update();
		}
	}

}
