package org.acquis.organization.learnerimport;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One student of a higher-education file, checked; keyed by the student number. */
record ImportedStudent(int line, String studentNumber, String firstName, @Nullable String secondFirstName,
		String lastName, @Nullable String usageName, LocalDate birthDate, @Nullable String email,
		@Nullable String group, @Nullable String diploma) {
}
