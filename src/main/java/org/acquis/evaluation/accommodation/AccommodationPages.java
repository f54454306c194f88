package org.acquis.evaluation.accommodation;

import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page of accommodations, reachable from the profile: one choice among no
 * accommodation, extra time (+33 %, +50 %) and no timer.
 */
@Controller
class AccommodationPages {

	static final String PATH = "/profil/amenagements";

	private final Accommodations accommodations;

	AccommodationPages(Accommodations accommodations) {
		this.accommodations = accommodations;
	}

	@GetMapping(PATH)
	String page(CurrentUser user, Model model) {
		model.addAttribute("choice", choice(this.accommodations.of(user.id())));
		return "evaluation/accommodation";
	}

	/** {@code choice}: NONE, EXTRA_TIME_33, EXTRA_TIME_50 or NO_TIMER. */
	@PostMapping(PATH)
	String set(CurrentUser user, @RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
		this.accommodations.set(user.id(), accommodation(choice));
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + PATH;
	}

	static String choice(Accommodation accommodation) {
		return accommodation.extraTimePercent() == null ? accommodation.kind().name()
				: accommodation.kind().name() + "_" + accommodation.extraTimePercent();
	}

	static Accommodation accommodation(@Nullable String choice) {
		for (var percent : Accommodation.EXTRA_TIME_PERCENTS) {
			if (("EXTRA_TIME_" + percent).equals(choice)) {
				return Accommodation.extraTime(percent);
			}
		}
		return new AccommodationController.Body(choice, null).accommodation();
	}

}
