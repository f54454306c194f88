package org.acquis.identity.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.acquis.identity.AcquisPrincipal;
import org.acquis.shared.LocalPaths;
import org.acquis.identity.account.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A logged-in person who switches language keeps it: the language switcher of the pages
 * posts the choice, which is saved on the account and shown at once. {@code ?lang=} in an
 * address changes the language of the pages only (a link from another site must not
 * change the account).
 */
@Controller
class LocalePreference {

	private static final Set<String> LANGUAGES = Set.of("fr", "en");

	private final UserAccounts accounts;

	private final LocaleResolver locales;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	LocalePreference(UserAccounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@PostMapping("/preferences/langue")
	String change(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		if (LANGUAGES.contains(lang)) {
			this.locales.setLocale(request, response, Locale.forLanguageTag(lang));
			var context = SecurityContextHolder.getContext();
			if (context.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication
					&& authentication.getPrincipal() instanceof AcquisPrincipal principal) {
				this.accounts.changeLocale(principal.id(), lang);
				var updated = new AcquisPrincipal(principal.id(), principal.displayName(), principal.roles(), lang);
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
						authentication.getAuthorities()));
				this.contexts.saveContext(context, request, response);
			}
		}
		return "redirect:" + LocalPaths.safe(back);
	}

}
