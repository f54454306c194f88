package org.acquis.organization.invitation;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invite form of an organisation's page, and the link's page: anyone may open it; a
 * logged-in user accepts, a visitor logs in (and comes back) or signs up first.
 */
@Controller
class InvitationPages {

	private final InviteMember inviteMember;

	private final AcceptInvitation acceptInvitation;

	private final Invitations invitations;

	private final MessageSource messages;

	private final Clock clock;

	InvitationPages(InviteMember inviteMember, AcceptInvitation acceptInvitation, Invitations invitations,
			MessageSource messages, Clock clock) {
		this.inviteMember = inviteMember;
		this.acceptInvitation = acceptInvitation;
		this.invitations = invitations;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/orga/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam @Nullable String email, @RequestParam @Nullable String role,
			CurrentUser user, Locale locale, RedirectAttributes redirect) {
		try {
			this.inviteMember.invite(new InviteMember.Command(id, user.id(), email, role, locale));
			redirect.addFlashAttribute("invited", email);
		}
		catch (DomainException ex) {
			if (!"EMAIL_INVALID".equals(ex.code()) && !"ORGANIZATION_ROLE_INVALID".equals(ex.code())) {
				throw ex;
			}
			redirect.addFlashAttribute("inviteError", this.messages.getMessage("error." + ex.code(), null, locale));
		}
		return "redirect:/orga/" + id;
	}

	@GetMapping("/orga/invitation/{token}")
	String show(@PathVariable String token, java.security.@Nullable Principal principal, Model model) {
		var invitation = this.invitations.findByTokenHash(Hashing.sha256(token), false).orElse(null);
		model.addAttribute("token", token);
		model.addAttribute("loggedIn", principal != null);
		if (invitation == null) {
			model.addAttribute("problem", "INVITATION_INVALID");
		}
		else {
			model.addAttribute("organizationName", invitation.organizationName());
			if (invitation.acceptedAt() != null) {
				model.addAttribute("problem", "INVITATION_ALREADY_USED");
			}
			else if (invitation.expired(this.clock.instant())) {
				model.addAttribute("problem", "INVITATION_EXPIRED");
			}
		}
		return "organization/invitation";
	}

	/** A protected path: a visitor goes through the login form and comes back here. */
	@GetMapping("/orga/invitation/{token}/connexion")
	String loggedIn(@PathVariable String token) {
		return "redirect:/orga/invitation/" + token;
	}

	@PostMapping("/orga/invitation/{token}")
	String accept(@PathVariable String token, CurrentUser user) {
		return "redirect:/orga/" + this.acceptInvitation.accept(token, user.id());
	}

}
