package org.acquis.shared;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the web edge ({@code acquis.web.*}).
 *
 * @param loggedInSessionTimeout how long a logged-in page session lives without a request
 * (8 h); an anonymous one lives {@code spring.session.timeout} (30 min)
 * @param maxBody the largest request body (JSON) accepted by default: 64 KB; larger
 * bodies are refused with 413 {@code REQUEST_TOO_LARGE} before being read
 * @param bodyLimits the limits of particular paths (Spring path patterns, first match
 * wins), e.g. an import endpoint:
 * {@code acquis.web.body-limits."[/api/sessions/*\/candidates/import]"=5MB}; they come
 * before the limits modules declare themselves ({@link WebRules#bodyLimits()})
 */
@ConfigurationProperties("acquis.web")
public record WebSettings(@DefaultValue("8h") Duration loggedInSessionTimeout, @DefaultValue("64KB") DataSize maxBody,
		Map<String, DataSize> bodyLimits) {

	public WebSettings {
		bodyLimits = bodyLimits == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bodyLimits));
	}

}
