package org.acquis.evaluation.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.evaluation.competence.ResetCompetence;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileController {

	private final LearnerProfile profile;

	private final ResetCompetence reset;

	ProfileController(LearnerProfile profile, ResetCompetence reset) {
		this.profile = profile;
		this.reset = reset;
	}

	@Operation(summary = "The caller's profile: level and pix of the 16 competences")
	@GetMapping("/api/me/profile")
	LearnerProfile.Profile profile(CurrentUser user) {
		return this.profile.of(user.id());
	}

	@Operation(summary = "Bring a competence back to level 0 (7 days after its last answer)")
	@PostMapping("/api/me/competences/{code}/reset")
	LearnerProfile.Profile reset(@PathVariable String code, CurrentUser user) {
		this.reset.reset(user.id(), code);
		return this.profile.of(user.id());
	}

	@Operation(summary = "Whether the caller may take the certification")
	@GetMapping("/api/me/certification-eligibility")
	Map<String, Object> eligibility(CurrentUser user) {
		var profile = this.profile.of(user.id());
		return Map.of("eligible", profile.certifiable(), "competencesAtLevel1OrMore",
				profile.competencesAtLevel1OrMore());
	}

}
