package org.acquis.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * What a module tells the web edge about its own paths, declared as a bean: the web edge
 * (security in identity, {@link IdempotentRequests} and {@link RequestBodyLimit} here)
 * collects every module's rules and never names a module's URL itself. Paths are Spring
 * path patterns ({@code /api/assessments/*}{@code /answers}).
 *
 * @param publicApi API endpoints anyone may call, without a token
 * @param publicPages pages (any method) anyone may open, without logging in
 * @param ownIdempotency POST endpoints that keep their {@code Idempotency-Key} themselves
 * (with the resource they create, in one transaction): the generic filter leaves them
 * alone
 * @param secretResponses POST endpoints whose responses carry secrets (tokens): never
 * stored, never replayed, the key is ignored
 * @param bodyLimits request body limits of particular paths, instead of
 * {@code acquis.web.max-body}; a limit configured in {@code acquis.web.body-limits} for
 * the same path wins
 * @param landingPage where a user lands after logging in, unless they were headed
 * elsewhere (one module at most declares it)
 */
public record WebRules(List<Endpoint> publicApi, List<String> publicPages, List<String> ownIdempotency,
		List<String> secretResponses, Map<String, DataSize> bodyLimits, @Nullable String landingPage) {

	public record Endpoint(HttpMethod method, String path) {
	}

	public WebRules {
		publicApi = List.copyOf(publicApi);
		publicPages = List.copyOf(publicPages);
		ownIdempotency = List.copyOf(ownIdempotency);
		secretResponses = List.copyOf(secretResponses);
		bodyLimits = Collections.unmodifiableMap(new LinkedHashMap<>(bodyLimits));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The rules of all modules together. */
	public static WebRules combined(List<WebRules> modules) {
		var all = builder();
		for (var rules : modules) {
			all.publicApi.addAll(rules.publicApi());
			all.publicPages.addAll(rules.publicPages());
			all.ownIdempotency.addAll(rules.ownIdempotency());
			all.secretResponses.addAll(rules.secretResponses());
			rules.bodyLimits().forEach((path, limit) -> {
				if (all.bodyLimits.put(path, limit) != null) {
					throw new IllegalStateException("Two modules limit the body of " + path);
				}
			});
			if (rules.landingPage() != null) {
				if (all.landingPage != null) {
					throw new IllegalStateException("Two modules declare a landing page");
				}
				all.landingPage(rules.landingPage());
			}
		}
		return all.build();
	}

	/** The public API paths of one method. */
	public String[] publicApi(HttpMethod method) {
		return this.publicApi.stream()
			.filter(e -> e.method().equals(method))
			.map(Endpoint::path)
			.toArray(String[]::new);
	}

	public static final class Builder {

		private final List<Endpoint> publicApi = new ArrayList<>();

		private final List<String> publicPages = new ArrayList<>();

		private final List<String> ownIdempotency = new ArrayList<>();

		private final List<String> secretResponses = new ArrayList<>();

		private final Map<String, DataSize> bodyLimits = new LinkedHashMap<>();

		private @Nullable String landingPage;

		private Builder() {
		}

		public Builder publicApi(HttpMethod method, String... paths) {
			for (var path : paths) {
				this.publicApi.add(new Endpoint(method, path));
			}
			return this;
		}

		public Builder publicPages(String... paths) {
			this.publicPages.addAll(List.of(paths));
			return this;
		}

		public Builder ownIdempotency(String... paths) {
			this.ownIdempotency.addAll(List.of(paths));
			return this;
		}

		public Builder secretResponses(String... paths) {
			this.secretResponses.addAll(List.of(paths));
			return this;
		}

		public Builder bodyLimit(String path, DataSize limit) {
			this.bodyLimits.put(path, limit);
			return this;
		}

		public Builder landingPage(String path) {
			this.landingPage = path;
			return this;
		}

		public WebRules build() {
			return new WebRules(this.publicApi, this.publicPages, this.ownIdempotency, this.secretResponses,
					this.bodyLimits, this.landingPage);
		}

	}

}
