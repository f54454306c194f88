package org.acquis.organization.invitation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationRole;
import org.acquis.organization.OrganizationSettings;
import org.acquis.shared.DomainException;
import org.acquis.shared.Hashing;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's admin invites someone by e-mail: a single-use link, valid
 * {@code acquis.organization.invitation-validity} (7 days), e-mailed after the commit.
 */
@Component
class InviteMember {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SecureRandom random = new SecureRandom();

	private final Memberships memberships;

	private final Invitations invitations;

	private final InvitationMail mail;

	private final OrganizationSettings settings;

	private final Clock clock;

	InviteMember(Memberships memberships, Invitations invitations, InvitationMail mail, OrganizationSettings settings,
			Clock clock) {
		this.memberships = memberships;
		this.invitations = invitations;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	record Command(UUID organizationId, UUID invitedBy, @Nullable String email, @Nullable String role, Locale locale) {
	}

	@Transactional
	UUID invite(Command command) {
		var organization = this.memberships.requireAdmin(command.organizationId(), command.invitedBy());
		var email = command.email() == null ? "" : command.email().strip();
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw DomainException.badInput("EMAIL_INVALID");
		}
		OrganizationRole role;
		try {
			role = OrganizationRole.valueOf(command.role() == null ? "MEMBER" : command.role());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("ORGANIZATION_ROLE_INVALID");
		}
		var token = token();
		var id = UUID.randomUUID();
		var now = this.clock.instant();
		this.invitations.insert(id, organization.id(), email, role, Hashing.sha256(token), command.invitedBy(), now,
				now.plus(this.settings.invitationValidity()));
		this.mail.sendAfterCommit(email, organization.name(), token, command.locale());
		return id;
	}

	private String token() {
		var bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
