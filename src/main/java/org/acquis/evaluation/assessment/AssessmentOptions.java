package org.acquis.evaluation.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An assessment another module starts: for whom, why, on which skills (across competences
 * and frameworks), by which method (null: {@code acquis.evaluation.method}), with at most
 * {@code questionLimit} answers and no question after {@code deadline} (each null for
 * none), and whether its answers count in the learner's profile.
 */
@NamedInterface("assessment")
public record AssessmentOptions(UUID userId, Purpose purpose, List<String> skillIds, @Nullable String method,
		@Nullable Integer questionLimit, @Nullable Instant deadline, boolean countsInProfile) {

	public AssessmentOptions {
		skillIds = List.copyOf(skillIds);
	}

	/**
	 * An adaptive assessment on these skills, by the default method, counting in the
	 * profile.
	 */
	public static AssessmentOptions on(UUID userId, Purpose purpose, Collection<String> skillIds) {
		return new AssessmentOptions(userId, purpose, List.copyOf(skillIds), null, null, null, true);
	}

	public AssessmentOptions withMethod(String method) {
		return new AssessmentOptions(this.userId, this.purpose, this.skillIds, method, this.questionLimit,
				this.deadline, this.countsInProfile);
	}

	public AssessmentOptions withQuestionLimit(int questionLimit) {
		return new AssessmentOptions(this.userId, this.purpose, this.skillIds, this.method, questionLimit,
				this.deadline, this.countsInProfile);
	}

	public AssessmentOptions withDeadline(Instant deadline) {
		return new AssessmentOptions(this.userId, this.purpose, this.skillIds, this.method, this.questionLimit,
				deadline, this.countsInProfile);
	}

	/** Its answers leave the profile as it is (a certification's). */
	public AssessmentOptions outsideProfile() {
		return new AssessmentOptions(this.userId, this.purpose, this.skillIds, this.method, this.questionLimit,
				this.deadline, false);
	}

}
