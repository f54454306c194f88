package org.acquis.shared;

/**
 * A rule of the domain said no. Carries a stable machine code (translated at the edge
 * through the {@code error.<CODE>} message key) and arguments for that message, never
 * user text.
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final ErrorCategory category;

	private final transient Object[] arguments;

	public DomainException(String code, ErrorCategory category, Object... arguments) {
		super(code);
		this.code = code;
		this.category = category;
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	public ErrorCategory category() {
		return this.category;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public static DomainException notFound(String code, Object... arguments) {
		return new DomainException(code, ErrorCategory.NOT_FOUND, arguments);
	}

	public static DomainException badInput(String code, Object... arguments) {
		return new DomainException(code, ErrorCategory.BAD_INPUT, arguments);
	}

	public static DomainException conflict(String code, Object... arguments) {
		return new DomainException(code, ErrorCategory.CONFLICT, arguments);
	}

}
