package org.acquis.identity.login;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The national platform's lockout: after every 10 failed logins the account is blocked 2,
 * 4, 8, then 16 minutes; after 50 it stays blocked until an administrator unblocks it
 * (domain.md §9).
 */
public final class LockoutRule {

	static final int FAILURES_PER_STEP = 10;

	static final int PERMANENT_AFTER = 50;

	private LockoutRule() {
	}

	public static Outcome afterFailure(int previousFailures, Instant now) {
		int failures = previousFailures + 1;
		if (failures >= PERMANENT_AFTER) {
			return new Outcome(failures, null, true);
		}
		if (failures % FAILURES_PER_STEP == 0) {
			int step = failures / FAILURES_PER_STEP;
			return new Outcome(failures, now.plus(Duration.ofMinutes(1L << step)), false);
		}
		return new Outcome(failures, null, false);
	}

	public record Outcome(int failures, @Nullable Instant blockedUntil, boolean permanentlyBlocked) {
	}

}
