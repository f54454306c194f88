package org.acquis.certification.session;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A school's centre enrols pupils of its organisation's list. */
@RestController
class LearnerCandidatesController {

	private final EnrolLearners enrol;

	LearnerCandidatesController(EnrolLearners enrol) {
		this.enrol = enrol;
	}

	@Operation(
			summary = "Enrol learners of the centre's school (idempotent: an enrolled learner is not enrolled twice)")
	@PostMapping("/api/sessions/{id}/candidates/from-learners")
	EnrolLearners.Enrolment enrol(@PathVariable long id, @RequestBody LearnersRequest request, CurrentUser user) {
		return this.enrol.enrol(id, request.learnerIds(), user);
	}

	record LearnersRequest(@Nullable List<@Nullable UUID> learnerIds) {
	}

}
