package org.acquis.referential.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a content author posts to try the validation (api.md, answer-trials). Loosely
 * typed on purpose: {@code accepted} and {@code value} change shape with the type, and
 * {@link AnswerTrial} says precisely which part is wrong instead of a generic parse
 * error.
 *
 * @param fields QROCM_DEP only: the number of fields when it differs from the number of
 * groups
 */
record AnswerTrialRequest(@Nullable String type, @Nullable Object accepted, @Nullable List<String> tolerances,
		@Nullable Object value, @Nullable Integer fields) {
}
