package org.acquis.identity.login;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * When failed logins block an account, temporarily only (issue 14; domain.md §9's
 * permanent step after 50 failures is dropped: anyone knowing an e-mail could reach it).
 * <ul>
 * <li>Failures are counted per account and client address: every 10th failure from one
 * address blocks that address, for that account only, 2, 4, 8, 16, 32 then 60 minutes;
 * the owner elsewhere is not blocked.</li>
 * <li>An account-wide ceiling, where each address counts for its first 10 failures only
 * (so it takes several addresses): every 50th blocks the account 15, 30, 60, 120 then 240
 * minutes.</li>
 * <li>During a block at most 3 failed passwords per address are checked (and counted), so
 * that telling the right password apart (423 instead of 401) never gives more guesses
 * than the block allows.</li>
 * <li>Counts are forgotten after a day without failure.</li>
 * </ul>
 */
public final class LockoutRule {

	static final int FAILURES_PER_STEP = 10;

	static final Duration LONGEST_ADDRESS_BLOCK = Duration.ofHours(1);

	static final int CHECKS_DURING_BLOCK = 3;

	static final int ACCOUNT_FAILURES_PER_STEP = 50;

	static final Duration FIRST_ACCOUNT_BLOCK = Duration.ofMinutes(15);

	static final Duration LONGEST_ACCOUNT_BLOCK = Duration.ofHours(4);

	/** A count with no failure for this long starts again from zero. */
	public static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	private LockoutRule() {
	}

	/** The block of one address for one account after its n-th failure, if any. */
	public static @Nullable Duration addressBlockAfter(int failures) {
		if (failures <= 0 || failures % FAILURES_PER_STEP != 0) {
			return null;
		}
		int step = Math.min(failures / FAILURES_PER_STEP, 10);
		var block = Duration.ofMinutes(1L << step);
		return block.compareTo(LONGEST_ADDRESS_BLOCK) > 0 ? LONGEST_ADDRESS_BLOCK : block;
	}

	/** Whether an address's n-th failure counts toward the account-wide ceiling. */
	public static boolean countsForAccount(int addressFailures) {
		return addressFailures <= FAILURES_PER_STEP;
	}

	/** The block of the whole account after its n-th counted failure, if any. */
	public static @Nullable Duration accountBlockAfter(int accountFailures) {
		if (accountFailures <= 0 || accountFailures % ACCOUNT_FAILURES_PER_STEP != 0) {
			return null;
		}
		int step = Math.min(accountFailures / ACCOUNT_FAILURES_PER_STEP, 10);
		var block = FIRST_ACCOUNT_BLOCK.multipliedBy(1L << (step - 1));
		return block.compareTo(LONGEST_ACCOUNT_BLOCK) > 0 ? LONGEST_ACCOUNT_BLOCK : block;
	}

	/**
	 * Whether a password is checked at all: always when nothing is blocked; during a
	 * block, for the first few failures of that address since the block began.
	 */
	public static boolean checksPassword(int addressFailures, boolean blocked) {
		return !blocked || addressFailures % FAILURES_PER_STEP < CHECKS_DURING_BLOCK;
	}

}
