package org.acquis.organization.learnerimport;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One learner as a file gives it, checked; keyed by the national student id (INE). */
record ImportedLearner(int line, String nationalId, String firstName, @Nullable String secondFirstName,
		@Nullable String thirdFirstName, String lastName, @Nullable String usageName, @Nullable String sex,
		LocalDate birthDate, @Nullable String birthCityCode, @Nullable String birthCity,
		@Nullable String birthDepartment, @Nullable String birthCountryCode, @Nullable String mefCode,
		@Nullable String status, @Nullable String division) {
}
