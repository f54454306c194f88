package org.acquis.identity.security;

import org.acquis.identity.AcquisPrincipal;
import org.acquis.identity.Role;
import org.acquis.identity.login.Authenticate;
import org.acquis.shared.DomainException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** The login form's check, through the same use case as the token endpoint. */
@Component
class PasswordLoginProvider implements AuthenticationProvider {

	private final Authenticate authenticate;

	PasswordLoginProvider(Authenticate authenticate) {
		this.authenticate = authenticate;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			var account = this.authenticate.authenticate(authentication.getName(),
					String.valueOf(authentication.getCredentials()));
			var principal = new AcquisPrincipal(account.id(), account.firstName() + " " + account.lastName(),
					account.roles(), account.locale());
			var authorities = new java.util.ArrayList<>(
					account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
			if (account.mustChangePassword()) {
				authorities.add(new SimpleGrantedAuthority(PasswordChangeGate.AUTHORITY));
			}
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		}
		catch (DomainException ex) {
			throw new BadCredentialsException(ex.code());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
