package org.acquis.campaign.targetprofile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Tube;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's tube-by-tube builder: the target profiles, and a form listing the
 * core framework's competences, their tubes, and for each a cap level (none: not in the
 * profile).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPER_ADMIN','SUPPORT')")
class TargetProfileBuilderPages {

	static final String CAP = "cap.";

	private final TargetProfiles profiles;

	private final CreateTargetProfile create;

	private final ContentBank bank;

	TargetProfileBuilderPages(TargetProfiles profiles, CreateTargetProfile create, ContentBank bank) {
		this.profiles = profiles;
		this.create = create;
		this.bank = bank;
	}

	record TubeRow(String name, String title) {
	}

	record CompetenceRow(String code, String name, List<TubeRow> tubes) {
	}

	@GetMapping("/admin/profils-cibles")
	String builder(Locale locale, Model model) {
		model.addAttribute("profiles", this.profiles.search(null, 0, 200));
		model.addAttribute("competences",
				this.bank.core()
					.competences()
					.stream()
					.map(c -> new CompetenceRow(c.code(), c.name(),
							this.bank.tubes(ContentBank.CORE, c.code()).stream().map(t -> row(t, locale)).toList()))
					.toList());
		return "campaign/admin-target-profiles";
	}

	@PostMapping("/admin/profils-cibles")
	String build(@RequestParam Map<String, String> form, Locale locale, Model model) {
		var tubes = new ArrayList<CreateTargetProfile.TubeCap>();
		form.forEach((key, value) -> {
			if (key.startsWith(CAP) && !value.isBlank()) {
				tubes.add(new CreateTargetProfile.TubeCap(key.substring(CAP.length()), level(value)));
			}
		});
		try {
			var id = this.create.create(new CreateTargetProfile.Command(null, form.get("name"), form.get("description"),
					null, tubes, null));
			return "redirect:/admin/profils-cibles?cree=" + id;
		}
		catch (DomainException refused) {
			if (refused.category() != ErrorCategory.BAD_INPUT) {
				throw refused;
			}
			model.addAttribute("error", refused.code());
			model.addAttribute("form", form);
			return builder(locale, model);
		}
	}

	private static int level(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.badInput("TARGET_PROFILE_TUBES_INVALID");
		}
	}

	private static TubeRow row(Tube tube, Locale locale) {
		return new TubeRow(tube.name(), "en".equals(locale.getLanguage()) ? tube.titleEn() : tube.titleFr());
	}

}
