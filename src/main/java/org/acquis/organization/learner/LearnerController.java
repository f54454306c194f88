package org.acquis.organization.learner;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's learners, for its members. */
@RestController
class LearnerController {

	private final AddLearner addLearner;

	private final Learners learners;

	private final Memberships memberships;

	LearnerController(AddLearner addLearner, Learners learners, Memberships memberships) {
		this.addLearner = addLearner;
		this.learners = learners;
		this.memberships = memberships;
	}

	record NewLearner(@Nullable String firstName, @Nullable String lastName, @Nullable String birthDate,
			@Nullable String division) {
	}

	@Operation(summary = "Add a pupil by hand")
	@PostMapping("/api/organizations/{id}/learners")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> add(@PathVariable UUID id, @RequestBody NewLearner learner, CurrentUser user) {
		return Map.of("id", this.addLearner.add(new AddLearner.Command(id, user.id(), learner.firstName(),
				learner.lastName(), learner.birthDate(), learner.division())));
	}

	@Operation(summary = "The learners, active first, of one division, of one group, or all")
	@GetMapping("/api/organizations/{id}/learners")
	Learners.Page list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String group, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, CurrentUser user) {
		this.memberships.require(id, user.id());
		if (page < 0 || size < 1 || size > 200) {
			throw DomainException.badInput("PAGE_INVALID");
		}
		return this.learners.list(id, blankAsNull(division), blankAsNull(group), page, size);
	}

	private static @Nullable String blankAsNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
