package org.acquis.campaign.badge;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.acquis.campaign.mastery.BadgeCriterion;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office adds a badge to a target profile: a key unique in the profile, a title,
 * a message, one to ten criteria (a threshold 0–100 %, of the whole participation or of
 * some of the profile's tubes).
 */
@Component
class CreateBadge {

	private final TargetProfiles profiles;

	private final Badges badges;

	private final Clock clock;

	CreateBadge(TargetProfiles profiles, Badges badges, Clock clock) {
		this.profiles = profiles;
		this.badges = badges;
		this.clock = clock;
	}

	record Command(@Nullable String key, @Nullable String title, @Nullable String message,
			@Nullable List<CriterionInput> criteria) {
	}

	/** {@code tubes} null or empty: the whole participation. */
	record CriterionInput(@Nullable Integer threshold, @Nullable List<String> tubes) {
	}

	@Transactional
	UUID create(UUID targetProfileId, Command command) {
		var profile = this.profiles.find(targetProfileId)
			.orElseThrow(() -> DomainException.notFound("TARGET_PROFILE_NOT_FOUND"));
		var key = command.key() == null ? "" : command.key().strip();
		if (!key.matches("[A-Za-z0-9_-]{1,100}")) {
			throw DomainException.badInput("BADGE_KEY_INVALID");
		}
		var title = command.title() == null ? "" : command.title().strip();
		var message = command.message() == null ? "" : command.message().strip();
		if (title.isEmpty() || title.length() > 200 || message.length() > 2000) {
			throw DomainException.badInput("BADGE_TITLE_INVALID");
		}
		var badge = new Badge(UUID.randomUUID(), targetProfileId, key, title, message,
				criteria(profile, command.criteria()));
		if (!this.badges.insert(badge, this.clock.instant())) {
			throw DomainException.conflict("BADGE_KEY_TAKEN");
		}
		return badge.id();
	}

	private static List<BadgeCriterion> criteria(TargetProfile profile, @Nullable List<CriterionInput> inputs) {
		if (inputs == null || inputs.isEmpty() || inputs.size() > 10) {
			throw DomainException.badInput("BADGE_CRITERIA_INVALID");
		}
		var tubes = new HashSet<String>();
		profile.tubes().forEach(t -> tubes.add(t.tube()));
		return inputs.stream().map(input -> {
			if (input == null || input.threshold() == null || input.threshold() < 0 || input.threshold() > 100) {
				throw DomainException.badInput("BADGE_CRITERIA_INVALID");
			}
			var chosen = input.tubes() == null ? List.<String>of() : input.tubes();
			if (chosen.size() > 200 || chosen.stream().anyMatch(t -> t == null || !tubes.contains(t))) {
				throw DomainException.badInput("BADGE_TUBE_NOT_IN_PROFILE");
			}
			return chosen.isEmpty() ? BadgeCriterion.wholeParticipation(input.threshold())
					: new BadgeCriterion(input.threshold(), new HashSet<>(chosen));
		}).toList();
	}

}
