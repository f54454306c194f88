package org.acquis.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address that every per-address limit counts against (lockout, login and
 * sign-up limits, password-reset requests): an IPv4 address, or the /64 network of an
 * IPv6 address (one subscriber holds a whole /64, so counting single IPv6 addresses would
 * give an attacker billions of fresh counters).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The address of the request being served, or "local" outside of a request. */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest().getRemoteAddr());
		}
		return "local";
	}

	/** The address a limit counts against, for a request's peer address. */
	public static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		try {
			// a literal: no name lookup
			byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
