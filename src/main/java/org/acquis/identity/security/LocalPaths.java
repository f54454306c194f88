package org.acquis.identity.security;

import java.util.regex.Pattern;

/** Where a form may send the visitor back to: a path of this site, never another site. */
final class LocalPaths {

	// "/" not followed by "/" (which browsers read as another host), then the characters
	// of a path and query (RFC 3986): no backslash, no braces, no spaces, no controls
	private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]*");

	private LocalPaths() {
	}

	static String safe(String path) {
		return path != null && path.length() <= 2000 && LOCAL.matcher(path).matches() ? path : "/";
	}

}
