package org.acquis.campaign.targetprofile;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The target profiles a teacher may choose for a campaign: name, description, number of
 * skills, estimated questions and minutes, stages.
 */
@RestController
public class TargetProfileCatalogue {

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final Memberships memberships;

	TargetProfileCatalogue(TargetProfiles profiles, TargetProfileSkills skills, Memberships memberships) {
		this.profiles = profiles;
		this.skills = skills;
		this.memberships = memberships;
	}

	public record Entry(UUID id, String name, String description, int skills, int estimatedQuestions,
			int estimatedMinutes, List<TargetProfile.Stage> stages) {
	}

	@Operation(summary = "The target profiles offered to the organisation")
	@GetMapping("/api/organizations/{id}/target-profiles")
	public List<Entry> of(@PathVariable UUID id, CurrentUser user) {
		this.memberships.require(id, user.id());
		return this.profiles.offeredTo(id).stream().map(this::entry).toList();
	}

	private Entry entry(TargetProfile p) {
		int count = this.skills.of(p).size();
		return new Entry(p.id(), p.name(), p.description(), count, TargetProfileSkills.questions(count),
				p.estimatedMinutes(), p.stages());
	}

}
