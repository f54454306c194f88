package org.acquis.certification.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.acquis.certification.center.CenterAccess;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.OrganizationLearner;
import org.acquis.organization.OrganizationLearners;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's centre enrols pupils of its organisation's list (module organization) in a
 * CREATED session: only active learners of the centre's own organisation (any other id is
 * {@code 404 LEARNER_NOT_FOUND}, as one that does not exist); a learner already enrolled
 * (from the list, or by hand with the same name and birth date) is not enrolled twice.
 */
@Component
class EnrolLearners {

	static final int MAX_LEARNERS = 1000;

	private final OrganizationLearners learners;

	private final Candidates candidates;

	private final Sessions sessions;

	private final SessionAccess access;

	private final CenterAccess centers;

	private final Clock clock;

	EnrolLearners(OrganizationLearners learners, Candidates candidates, Sessions sessions, SessionAccess access,
			CenterAccess centers, Clock clock) {
		this.learners = learners;
		this.candidates = candidates;
		this.sessions = sessions;
		this.access = access;
		this.centers = centers;
		this.clock = clock;
	}

	/** How many were enrolled, how many were already candidates. */
	record Enrolment(int enrolled, int alreadyEnrolled) {
	}

	@Transactional
	Enrolment enrol(long sessionId, @Nullable List<@Nullable UUID> learnerIds, CurrentUser user) {
		var organization = organizationOf(sessionId, user);
		var ids = new LinkedHashSet<UUID>();
		(learnerIds == null ? List.<@Nullable UUID>of() : learnerIds).stream()
			.filter(Objects::nonNull)
			.forEach(ids::add);
		if (ids.isEmpty()) {
			throw DomainException.badInput("LEARNERS_REQUIRED");
		}
		if (ids.size() > MAX_LEARNERS) {
			throw DomainException.badInput("CANDIDATE_IMPORT_TOO_LARGE", MAX_LEARNERS);
		}
		var chosen = new ArrayList<OrganizationLearner>();
		for (var id : ids) {
			chosen.add(this.learners.find(organization, id)
				.filter(OrganizationLearner::active)
				.orElseThrow(() -> DomainException.notFound("LEARNER_NOT_FOUND")));
		}
		this.sessions.lock(sessionId);
		this.access.requireEditable(sessionId, user);
		int enrolled = 0;
		var now = this.clock.instant();
		for (var learner : chosen) {
			var candidate = new Candidate(UUID.randomUUID(), sessionId, person(learner), null);
			if (!this.candidates.exists(sessionId, candidate.person())
					&& this.candidates.insertLearner(candidate, learner.id(), now)) {
				enrolled++;
			}
		}
		return new Enrolment(enrolled, chosen.size() - enrolled);
	}

	/** The active learners of one class of the centre's school (none without a class). */
	List<OrganizationLearner> ofClass(UUID organizationId, @Nullable String division) {
		return division == null || division.isBlank() ? List.of()
				: this.learners.activeLearners(organizationId, division);
	}

	/** The classes of the school's active learners, in order. */
	List<String> classes(UUID organizationId) {
		return this.learners.activeLearners(organizationId, null)
			.stream()
			.map(OrganizationLearner::division)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

	Set<UUID> enrolledLearners(long sessionId) {
		return this.candidates.learnersOf(sessionId);
	}

	/** The school linked to the session's centre, or null. */
	@Nullable UUID schoolOf(CertificationSession session, CurrentUser user) {
		return this.centers.requireMember(session.centerId(), user).organizationId();
	}

	private UUID organizationOf(long sessionId, CurrentUser user) {
		var school = schoolOf(this.access.requireMember(sessionId, user), user);
		if (school == null) {
			throw DomainException.notFound("LEARNER_NOT_FOUND");
		}
		return school;
	}

	private static Candidate.Person person(OrganizationLearner learner) {
		return new Candidate.Person(learner.firstName(), learner.lastName(), learner.birthDate(), null, null, null,
				null, null, null, null, 0, false);
	}

}
