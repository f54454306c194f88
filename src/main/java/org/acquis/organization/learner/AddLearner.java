package org.acquis.organization.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A member types a pupil by hand (a school that imports no list, e.g. a primary school).
 */
@Component
class AddLearner {

	private final Memberships memberships;

	private final Learners learners;

	private final Clock clock;

	AddLearner(Memberships memberships, Learners learners, Clock clock) {
		this.memberships = memberships;
		this.learners = learners;
		this.clock = clock;
	}

	record Command(UUID organizationId, UUID userId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String birthDate, @Nullable String division) {
	}

	UUID add(Command command) {
		this.memberships.require(command.organizationId(), command.userId());
		var firstName = name(command.firstName());
		var lastName = name(command.lastName());
		var birthDate = birthDate(command.birthDate());
		var division = command.division() == null || command.division().isBlank() ? null : command.division().strip();
		if (division != null && division.length() > 50) {
			throw DomainException.badInput("LEARNER_DIVISION_INVALID");
		}
		var id = UUID.randomUUID();
		this.learners.insert(id, command.organizationId(), firstName, lastName, birthDate, division,
				this.clock.instant());
		return id;
	}

	private static String name(@Nullable String name) {
		var stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > 100) {
			throw DomainException.badInput("LEARNER_NAME_INVALID");
		}
		return stripped;
	}

	private LocalDate birthDate(@Nullable String text) {
		try {
			var date = LocalDate.parse(text == null ? "" : text);
			if (date.isAfter(LocalDate.now(this.clock)) || date.getYear() < 1900) {
				throw DomainException.badInput("LEARNER_BIRTH_DATE_INVALID");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badInput("LEARNER_BIRTH_DATE_INVALID");
		}
	}

}
