package org.acquis.identity.limit;

import java.time.Clock;

import org.acquis.identity.IdentitySettings;
import org.acquis.shared.ClientAddress;
import org.acquis.shared.PerMinuteLimit;
import org.springframework.stereotype.Component;

/**
 * Sign-ups are anonymous and each costs a password hash: at most
 * {@code acquis.identity.signups-per-minute} (10) a minute from one client address and
 * {@code acquis.identity.signups-per-node-per-minute} (120) a minute on this node. Every
 * attempt counts, successful or not (a refused one still says whether an e-mail is
 * taken).
 */
@Component
public class SignUpLimit {

	private static final String NODE = "node";

	private final Clock clock;

	private volatile PerMinuteLimit perAddress;

	private volatile PerMinuteLimit perNode;

	SignUpLimit(Clock clock, IdentitySettings settings) {
		this.clock = clock;
		this.perAddress = new PerMinuteLimit(settings.signupsPerMinute(), clock);
		this.perNode = new PerMinuteLimit(settings.signupsPerNodePerMinute(), clock);
	}

	/**
	 * Takes one sign-up for this peer address (counted as {@link ClientAddress}: an IPv6
	 * client by its /64), or throws {@link TooManySignUps}.
	 */
	public void take(String remoteAddress) {
		var address = this.perAddress.tryTake(ClientAddress.of(remoteAddress));
		if (address == null) {
			throw new TooManySignUps(this.perAddress.secondsToNextMinute());
		}
		if (this.perNode.tryTake(NODE) == null) {
			address.giveBack();
			throw new TooManySignUps(this.perNode.secondsToNextMinute());
		}
	}

	/**
	 * New limits with fresh counts. The tests share one context with high limits and use
	 * this to check low ones.
	 */
	void limits(int perAddressPerMinute, int perNodePerMinute) {
		this.perAddress = new PerMinuteLimit(perAddressPerMinute, this.clock);
		this.perNode = new PerMinuteLimit(perNodePerMinute, this.clock);
	}

}
