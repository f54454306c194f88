package org.acquis.organization.invitation;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's admin invites by e-mail; the invited person accepts with the link's
 * token.
 */
@RestController
class InvitationController {

	private final InviteMember inviteMember;

	private final AcceptInvitation acceptInvitation;

	InvitationController(InviteMember inviteMember, AcceptInvitation acceptInvitation) {
		this.inviteMember = inviteMember;
		this.acceptInvitation = acceptInvitation;
	}

	record NewInvitation(@Nullable String email, @Nullable String role) {
	}

	@Operation(summary = "Invite someone by e-mail (organisation admins)")
	@PostMapping("/api/organizations/{id}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> invite(@PathVariable UUID id, @RequestBody NewInvitation invitation, CurrentUser user,
			Locale locale) {
		return Map.of("id", this.inviteMember
			.invite(new InviteMember.Command(id, user.id(), invitation.email(), invitation.role(), locale)));
	}

	@Operation(summary = "Accept an invitation with the token of its link (single use)")
	@PostMapping("/api/organization-invitations/{token}/acceptance")
	Map<String, UUID> accept(@PathVariable String token, CurrentUser user) {
		return Map.of("organizationId", this.acceptInvitation.accept(token, user.id()));
	}

}
