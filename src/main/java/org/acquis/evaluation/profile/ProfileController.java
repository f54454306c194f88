package org.acquis.evaluation.profile;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileController {

	private final LearnerProfile profile;

	ProfileController(LearnerProfile profile) {
		this.profile = profile;
	}

	@Operation(summary = "The caller's profile: level and pix of the 16 competences")
	@GetMapping("/api/me/profile")
	Profile profile(CurrentUser user) {
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
