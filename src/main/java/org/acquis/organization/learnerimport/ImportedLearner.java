package org.acquis.organization.learnerimport;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One learner as a file gives it, checked; keyed by the national student id (INE). */
record ImportedLearner(int line, String nationalId, String firstName, @Nullable String secondFirstName,
		@Nullable String thirdFirstName, String lastName, @Nullable String usageName, @Nullable String sex,
		LocalDate birthDate, @Nullable String birthCityCode, @Nullable String birthCity,
		@Nullable String birthDepartment, @Nullable String birthCountryCode, @Nullable String mefCode,
		@Nullable String status, @Nullable String division, List<String> groups) {

	ImportedLearner {
		groups = List.copyOf(groups);
	}

	/** The same learner in these groups (SIECLE structures of type "G"). */
	ImportedLearner withGroups(List<String> groups) {
		return new ImportedLearner(this.line, this.nationalId, this.firstName, this.secondFirstName,
				this.thirdFirstName, this.lastName, this.usageName, this.sex, this.birthDate, this.birthCityCode,
				this.birthCity, this.birthDepartment, this.birthCountryCode, this.mefCode, this.status, this.division,
				groups);
	}

}
