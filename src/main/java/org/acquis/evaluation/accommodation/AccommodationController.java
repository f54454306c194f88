package org.acquis.evaluation.accommodation;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccommodationController {

	private final Accommodations accommodations;

	AccommodationController(Accommodations accommodations) {
		this.accommodations = accommodations;
	}

	@Operation(summary = "The caller's accommodation for timed questions: NONE, EXTRA_TIME (33 or 50 %) or NO_TIMER")
	@GetMapping("/api/me/accommodation")
	Accommodation accommodation(CurrentUser user) {
		return this.accommodations.of(user.id());
	}

	@Operation(summary = "Sets the caller's accommodation (certification tests keep their own timing)")
	@PutMapping("/api/me/accommodation")
	Accommodation set(CurrentUser user, @RequestBody Body body) {
		var accommodation = body.accommodation();
		this.accommodations.set(user.id(), accommodation);
		return accommodation;
	}

	/** As sent: checked here so that anything else is a 400 ACCOMMODATION_INVALID. */
	record Body(@Nullable String kind, @Nullable Integer extraTimePercent) {

		Accommodation accommodation() {
			var known = Arrays.stream(Accommodation.Kind.values())
				.filter(k -> k.name().equals(this.kind))
				.findFirst()
				.orElseThrow(() -> DomainException.badInput("ACCOMMODATION_INVALID"));
			return new Accommodation(known, this.extraTimePercent);
		}

	}

}
