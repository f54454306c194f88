package org.acquis.campaign.profiles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.profile.Scorecard;
import org.acquis.referential.ContentBank;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The profiles sent to a profiles collection: taken from evaluation's published
 * {@link LearnerProfile} when the learner shares, kept by the campaign (later tests
 * change nothing of it).
 */
@Component
public class SharedProfiles {

	private final LearnerProfile profiles;

	private final JdbcClient jdbc;

	private final ContentBank bank;

	SharedProfiles(LearnerProfile profiles, JdbcClient jdbc, ContentBank bank) {
		this.profiles = profiles;
		this.bank = bank;
		this.jdbc = jdbc;
	}

	/** The learner's profile as it stands now (before sharing). */
	public SharedProfile current(UUID userId) {
		var profile = this.profiles.of(userId);
		return new SharedProfile(profile.totalPix(), profile.certifiable(),
				profile.competences().stream().map(SharedProfiles::level).toList());
	}

	/**
	 * Copies the learner's profile into the participation's (in the share's transaction).
	 */
	public SharedProfile keep(UUID participationId, UUID userId) {
		var profile = current(userId);
		this.jdbc.sql("UPDATE campaign_participation SET pix_score = ?, certifiable = ? WHERE id = ?")
			.params(profile.pixScore(), profile.certifiable(), participationId)
			.update();
		this.jdbc.sql("""
				INSERT INTO campaign_shared_competence (participation_id, competence_code, level, pix)
				SELECT ?, c.* FROM unnest(?::text[], ?::int[], ?::int[]) AS c""")
			.params(participationId,
					profile.competences().stream().map(SharedProfile.Competence::code).toArray(String[]::new),
					profile.competences().stream().map(SharedProfile.Competence::level).toArray(Integer[]::new),
					profile.competences().stream().map(SharedProfile.Competence::pix).toArray(Integer[]::new))
			.update();
		return profile;
	}

	/** What was sent, if this participation sent a profile. */
	public Optional<SharedProfile> of(UUID participationId) {
		var head = this.jdbc
			.sql("SELECT pix_score, certifiable FROM campaign_participation WHERE id = ? AND pix_score IS NOT NULL")
			.param(participationId)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getBoolean(2) ? 1 : 0 })
			.optional();
		return head.map(h -> new SharedProfile(h[0], h[1] == 1,
				this.jdbc.sql("""
						SELECT competence_code, level, pix FROM campaign_shared_competence
						WHERE participation_id = ? ORDER BY competence_code""")
					.param(participationId)
					.query((rs, row) -> new SharedProfile.Competence(rs.getString(1), name(rs.getString(1)),
							rs.getInt(2), rs.getInt(3)))
					.list()));
	}

	private static SharedProfile.Competence level(Scorecard scorecard) {
		return new SharedProfile.Competence(scorecard.code(), scorecard.name(), scorecard.level(), scorecard.pix());
	}

	private String name(String code) {
		return this.bank.core()
			.competences()
			.stream()
			.filter(c -> c.code().equals(code))
			.map(c -> c.name())
			.findFirst()
			.orElse(code);
	}

	/** The competence codes of the core framework, in order (the export's columns). */
	public List<String> competenceCodes() {
		return this.bank.core().competences().stream().map(c -> c.code()).toList();
	}

}
