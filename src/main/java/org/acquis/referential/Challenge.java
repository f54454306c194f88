package org.acquis.referential;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.acquis.referential.validation.AnswerValue;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * One question on one skill, without its solution: the solution stays inside the
 * referential ({@code key.AnswerKey}), which judges answers ({@link ContentBank#judge}).
 * What a learner sees is {@link ChallengeView}.
 */
public record Challenge(String id, String skillId, String framework, String competence, Type type, String instruction,
		List<Proposal> proposals, List<Field> fields, @Nullable Integer timerSeconds, boolean focused,
		List<String> attachments, @Nullable Illustration illustration, boolean shuffled, String locale, Status status) {

	/** The longest text a learner may send, in an answer or in one of its fields. */
	public static final int MAX_ANSWER_LENGTH = 2000;

	public enum Type {

		QCU, QCM, QROC, QROCM_IND, QROCM_DEP

	}

	public enum Status {

		DRAFT, VALIDATED, ARCHIVED, OBSOLETE

	}

	/**
	 * One proposal of a QCU/QCM, in the author's order; its id is opaque (it tells
	 * neither the author's position nor whether it is right).
	 */
	public record Proposal(String id, String text) {
	}

	public record Field(String key, String label, String kind, List<String> options) {
	}

	public record Illustration(String file, String alt) {
	}

	/**
	 * Where a browser fetches a file of this challenge ({@code ContentFileController}),
	 * each segment encoded.
	 */
	public String fileUrl(String name) {
		return "/content/files/" + segment(this.framework) + "/" + segment(this.competence) + "/" + segment(name);
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	/**
	 * What a learner sent (a text, or a map of field key to text, from JSON or from
	 * {@link AnswerForm}) as an answer value of this challenge's shape; refused
	 * ({@code ANSWER_MALFORMED}) when it cannot be one.
	 */
	public AnswerValue answerValue(@Nullable Object sent) {
		return SentAnswer.read(this, sent);
	}

	public boolean timed() {
		return this.timerSeconds != null;
	}

	public boolean playable() {
		return this.status == Status.VALIDATED;
	}

}
