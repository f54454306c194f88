package org.acquis.certification.supervision;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.acquis.shared.DomainException;
import org.acquis.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invigilator's pages: log in with the session's number and password (the browser
 * session then opens that session's supervision, and only it), the live list refreshed
 * every 5 seconds (htmx), authorise, end a test.
 */
@Controller
class SupervisionPages {

	static final String SUPERVISED = "certification.supervised";

	private final InvigilatorAccess access;

	private final Supervise supervise;

	private final Problems problems;

	SupervisionPages(InvigilatorAccess access, Supervise supervise, Problems problems) {
		this.access = access;
		this.supervise = supervise;
		this.problems = problems;
	}

	@GetMapping("/surveillance")
	String login() {
		return "certification/supervision-login";
	}

	@PostMapping("/surveillance")
	String login(@RequestParam(required = false) @Nullable String session,
			@RequestParam(required = false) @Nullable String password, HttpSession http, Model model, Locale locale) {
		try {
			long id = Long.parseLong(session == null ? "" : session.strip());
			this.access.login(id, password);
			var supervised = supervised(http);
			supervised.add(id);
			// set again: a session kept in the database saves what is set
			http.setAttribute(SUPERVISED, supervised);
			return "redirect:/surveillance/" + id;
		}
		catch (NumberFormatException ex) {
			model.addAttribute("error", this.problems.message("SESSION_NUMBER_REQUIRED", locale));
		}
		catch (DomainException ex) {
			model.addAttribute("error", this.problems.message(ex.code(), locale, ex.arguments()));
		}
		return "certification/supervision-login";
	}

	@GetMapping("/surveillance/{id}")
	String session(@PathVariable long id, HttpSession http, Model model) {
		if (!supervised(http).contains(id)) {
			return "redirect:/surveillance";
		}
		model.addAttribute("sessionId", id);
		model.addAttribute("rows", this.supervise.rows(id));
		return "certification/supervision";
	}

	@GetMapping("/surveillance/{id}/candidats")
	String rows(@PathVariable long id, HttpSession http, Model model) {
		if (!supervised(http).contains(id)) {
			throw DomainException.notFound("SESSION_NOT_FOUND");
		}
		model.addAttribute("sessionId", id);
		model.addAttribute("rows", this.supervise.rows(id));
		return "certification/supervision :: rows";
	}

	@PostMapping("/surveillance/{id}/candidats/{candidateId}/{action}")
	String act(@PathVariable long id, @PathVariable UUID candidateId, @PathVariable String action, HttpSession http) {
		if (!supervised(http).contains(id)) {
			return "redirect:/surveillance";
		}
		switch (action) {
			case "autoriser" -> this.supervise.authorize(id, candidateId);
			case "terminer" -> this.supervise.endTest(id, candidateId);
			default -> throw DomainException.notFound("SESSION_NOT_FOUND");
		}
		return "redirect:/surveillance/" + id;
	}

	@SuppressWarnings("unchecked")
	private static Set<Long> supervised(HttpSession http) {
		var set = http.getAttribute(SUPERVISED);
		return set instanceof Set<?> s ? (Set<Long>) s : new HashSet<>();
	}

}
