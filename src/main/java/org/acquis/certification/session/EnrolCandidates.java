package org.acquis.certification.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre enrols candidates in a CREATED session, one by one or from a CSV or ODS file:
 * a file with one wrong line enrols no one and names every wrong line.
 */
@Component
class EnrolCandidates {

	private final Candidates candidates;

	private final Sessions sessions;

	private final SessionAccess access;

	private final Clock clock;

	EnrolCandidates(Candidates candidates, Sessions sessions, SessionAccess access, Clock clock) {
		this.candidates = candidates;
		this.sessions = sessions;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	UUID enrol(long sessionId, CandidateForm form, CurrentUser user) {
		var errors = new ArrayList<CandidateForm.FieldError>();
		var person = form.check(errors, today());
		if (person == null) {
			throw DomainException.badInput(errors.get(0).code(), errors.get(0).field());
		}
		lockEditable(sessionId, user);
		if (this.candidates.exists(sessionId, person)) {
			throw DomainException.conflict("CANDIDATE_ALREADY_ENROLLED");
		}
		var candidate = new Candidate(UUID.randomUUID(), sessionId, person, null);
		this.candidates.insert(candidate, this.clock.instant());
		return candidate.id();
	}

	/** A CSV or an ODS file (told apart by the zip signature): all or none. */
	@Transactional
	int importFile(long sessionId, byte[] file, CurrentUser user) {
		lockEditable(sessionId, user);
		var lines = CandidateOds.isZip(file) ? CandidateCsv.lines(CandidateOds.rows(file)) : CandidateCsv.read(file);
		var errors = new ArrayList<CandidateImportRefused.LineError>();
		var people = new ArrayList<Candidate.Person>();
		var seen = new HashSet<String>();
		for (var line : lines) {
			var fieldErrors = new ArrayList<CandidateForm.FieldError>();
			var person = line.form().check(fieldErrors, today());
			fieldErrors
				.forEach(e -> errors.add(new CandidateImportRefused.LineError(line.number(), e.field(), e.code())));
			if (person == null) {
				continue;
			}
			if (!seen.add(key(person)) || this.candidates.exists(sessionId, person)) {
				errors
					.add(new CandidateImportRefused.LineError(line.number(), "lastName", "CANDIDATE_ALREADY_ENROLLED"));
				continue;
			}
			people.add(person);
		}
		if (!errors.isEmpty()) {
			throw new CandidateImportRefused(errors);
		}
		var now = this.clock.instant();
		people.forEach(p -> this.candidates.insert(new Candidate(UUID.randomUUID(), sessionId, p, null), now));
		return people.size();
	}

	@Transactional
	void remove(long sessionId, UUID candidateId, CurrentUser user) {
		lockEditable(sessionId, user);
		var candidate = this.candidates.find(candidateId)
			.filter(c -> c.sessionId() == sessionId)
			.orElseThrow(() -> DomainException.notFound("CANDIDATE_NOT_FOUND"));
		if (candidate.userId() != null) {
			throw DomainException.conflict("CANDIDATE_ALREADY_JOINED");
		}
		this.candidates.delete(candidateId);
	}

	List<Candidate> of(long sessionId, CurrentUser user) {
		this.access.requireMember(sessionId, user);
		return this.candidates.ofSession(sessionId);
	}

	private void lockEditable(long sessionId, CurrentUser user) {
		this.access.requireMember(sessionId, user);
		this.sessions.lock(sessionId);
		this.access.requireEditable(sessionId, user);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
	}

	private static String key(Candidate.Person p) {
		return p.lastName().toLowerCase(Locale.ROOT) + "|" + p.firstName().toLowerCase(Locale.ROOT) + "|"
				+ p.birthDate();
	}

}
