package org.acquis.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Where a form may send the visitor back to: a path of this site, never another site. */
public final class LocalPaths {

	// "/" not followed by "/" (which browsers read as another host), then the characters
	// of a path and query (RFC 3986): no backslash, no braces, no spaces, no controls
	private static final Pattern LOCAL = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]*");

	private LocalPaths() {
	}

	/** The path, if it is one of this site's; else the home page. */
	public static String safe(@Nullable String path) {
		return path != null && path.length() <= 2000 && LOCAL.matcher(path).matches() ? path : "/";
	}

}
