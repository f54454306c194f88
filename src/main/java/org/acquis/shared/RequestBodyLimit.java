package org.acquis.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses request bodies over their limit ({@link WebSettings}, then the limits modules
 * declare in their {@link WebRules}) with 413 {@code REQUEST_TOO_LARGE}: at once when the
 * Content-Length says so, else (a chunked body) as soon as the count of bytes read passes
 * it, before anything parses more. Page forms and file uploads have Tomcat's and the
 * multipart limits instead ({@code server.tomcat.max-http-form-post-size},
 * {@code spring.servlet.multipart.*}). Runs after the security filters (an anonymous
 * caller of a protected endpoint is refused without reading anything) and before
 * {@link IdempotentRequests}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final Problems problems;

	private final long defaultLimit;

	private final List<Map.Entry<PathPattern, Long>> limits;

	RequestBodyLimit(Problems problems, WebSettings settings, List<WebRules> rules) {
		this.problems = problems;
		this.defaultLimit = settings.maxBody().toBytes();
		var limits = new LinkedHashMap<>(settings.bodyLimits());
		WebRules.combined(rules).bodyLimits().forEach(limits::putIfAbsent);
		this.limits = limits.entrySet()
			.stream()
			.map(e -> Map.entry(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
			.toList();
	}

	/**
	 * Page forms and file uploads are left to Tomcat's and the multipart limits, unless a
	 * module declared a limit for their path (a learner file's upload).
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var type = request.getContentType();
		boolean form = type != null
				&& (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
		return form && !declared(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private boolean declared(String path) {
		var container = PathContainer.parsePath(path);
		return this.limits.stream().anyMatch(e -> e.getKey().matches(container));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitOf(request.getRequestURI().substring(request.getContextPath().length()));
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, limit);
			return;
		}
		try {
			chain.doFilter(new Limited(request, limit), response);
		}
		catch (RequestTooLarge ex) {
			// read by a filter (IdempotentRequests), not by a controller
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response, limit);
		}
	}

	long limitOf(String path) {
		var container = PathContainer.parsePath(path);
		return this.limits.stream()
			.filter(e -> e.getKey().matches(container))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(this.defaultLimit);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		// nothing more is read: Tomcat discards up to server.tomcat.max-swallow-size and
		// closes the connection after a 413
		this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", limit / 1024);
	}

	/** The request, whose body throws {@link RequestTooLarge} past its limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			var encoding = getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding == null
					? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}

	}

}
