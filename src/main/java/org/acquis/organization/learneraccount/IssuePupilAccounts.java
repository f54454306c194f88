package org.acquis.organization.learneraccount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.acquis.identity.SchoolAccounts;
import org.acquis.organization.Memberships;
import org.acquis.organization.learneraccount.AccountSheet.Card;
import org.acquis.organization.learneraccount.ClassLearners.ClassLearner;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of a school that manages its pupil list gives the pupils of a class their
 * accounts (domain.md §7, §9): each active pupil without one gets an account issued by
 * identity (username {@code firstname.lastnameDDMM}, one-time password), linked to the
 * pupil's record; the pupils named in {@code resets} (of that class, with an account the
 * school issued) get a new one-time password. Nothing else changes: a second generation
 * resets only what is asked. The sheet is the answer, shown once.
 */
@Component
class IssuePupilAccounts {

	private final Memberships memberships;

	private final ClassLearners learners;

	private final SchoolAccounts accounts;

	private final Clock clock;

	IssuePupilAccounts(Memberships memberships, ClassLearners learners, SchoolAccounts accounts, Clock clock) {
		this.memberships = memberships;
		this.learners = learners;
		this.accounts = accounts;
		this.clock = clock;
	}

	record Command(UUID organizationId, UUID userId, @Nullable String division, Set<UUID> resets) {
	}

	@Transactional
	AccountSheet issue(Command command) {
		var organization = this.memberships.require(command.organizationId(), command.userId());
		if (!organization.managesStudents()) {
			throw new DomainException("LEARNER_ACCOUNTS_NOT_AVAILABLE", ErrorCategory.FORBIDDEN);
		}
		if (command.division() == null || command.division().isBlank()) {
			throw DomainException.badInput("DIVISION_REQUIRED");
		}
		var division = command.division().strip();
		this.learners.lock(command.organizationId());
		var pupils = this.learners.active(command.organizationId(), division);
		if (pupils.isEmpty()) {
			throw DomainException.notFound("DIVISION_NOT_FOUND");
		}
		checkResets(pupils, command.resets());
		var now = this.clock.instant();
		var cards = new ArrayList<Card>();
		for (var pupil : pupils) {
			if (pupil.userId() == null) {
				var issued = this.accounts.create(pupil.firstName(), pupil.lastName(), pupil.birthDate());
				this.learners.link(pupil.id(), issued.userId(), now);
				cards.add(card(pupil, division, issued, true));
			}
			else if (command.resets().contains(pupil.id())) {
				cards.add(card(pupil, division, this.accounts.resetPassword(pupil.userId()), false));
			}
		}
		return new AccountSheet(organization.name(), division, now, cards);
	}

	/** Pupils of this class only, whose account the school issued. */
	private static void checkResets(java.util.List<ClassLearner> pupils, Set<UUID> resets) {
		var known = new HashSet<UUID>();
		for (var pupil : pupils) {
			known.add(pupil.id());
			if (resets.contains(pupil.id()) && pupil.userId() != null && !pupil.issuedBySchool()) {
				throw DomainException.conflict("LEARNER_ACCOUNT_NOT_ISSUED_BY_SCHOOL");
			}
		}
		if (!known.containsAll(resets)) {
			throw DomainException.notFound("LEARNER_NOT_FOUND");
		}
	}

	private static Card card(ClassLearner pupil, String division, SchoolAccounts.IssuedAccount issued,
			boolean created) {
		return new Card(pupil.id(), pupil.firstName(), pupil.lastName(), division, issued.username(), issued.password(),
				created);
	}

}
