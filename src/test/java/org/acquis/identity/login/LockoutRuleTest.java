package org.acquis.identity.login;

import java.time.Duration;

import org.acquis.shared.ClientAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutRuleTest {

	@Test
	void everyTenthFailureOfAnAddressBlocksItLongerAndLongerUpToAnHour() {
		assertThat(LockoutRule.addressBlockAfter(9)).isNull();
		assertThat(LockoutRule.addressBlockAfter(10)).isEqualTo(Duration.ofMinutes(2));
		assertThat(LockoutRule.addressBlockAfter(11)).isNull();
		assertThat(LockoutRule.addressBlockAfter(20)).isEqualTo(Duration.ofMinutes(4));
		assertThat(LockoutRule.addressBlockAfter(30)).isEqualTo(Duration.ofMinutes(8));
		assertThat(LockoutRule.addressBlockAfter(40)).isEqualTo(Duration.ofMinutes(16));
		assertThat(LockoutRule.addressBlockAfter(50)).as("no permanent step any more")
			.isEqualTo(Duration.ofMinutes(32));
		assertThat(LockoutRule.addressBlockAfter(60)).isEqualTo(Duration.ofHours(1));
		assertThat(LockoutRule.addressBlockAfter(10_000)).isEqualTo(Duration.ofHours(1));
		assertThat(LockoutRule.addressBlockAfter(0)).isNull();
	}

	@Test
	void theAccountWideCeilingNeedsSeveralAddressesAndStaysTemporary() {
		assertThat(LockoutRule.countsForAccount(10)).isTrue();
		assertThat(LockoutRule.countsForAccount(11)).as("one address counts for ten at most").isFalse();
		assertThat(LockoutRule.accountBlockAfter(49)).isNull();
		assertThat(LockoutRule.accountBlockAfter(50)).isEqualTo(Duration.ofMinutes(15));
		assertThat(LockoutRule.accountBlockAfter(100)).isEqualTo(Duration.ofMinutes(30));
		assertThat(LockoutRule.accountBlockAfter(250)).isEqualTo(Duration.ofHours(4));
		assertThat(LockoutRule.accountBlockAfter(100_000)).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void duringABlockOnlyThreeFailedPasswordsOfAnAddressAreChecked() {
		assertThat(LockoutRule.checksPassword(9, false)).isTrue();
		assertThat(LockoutRule.checksPassword(47, false)).isTrue();
		assertThat(LockoutRule.checksPassword(10, true)).isTrue();
		assertThat(LockoutRule.checksPassword(12, true)).isTrue();
		assertThat(LockoutRule.checksPassword(13, true)).isFalse();
		assertThat(LockoutRule.checksPassword(19, true)).isFalse();
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64AndAnIpv4OneByItsAddress() {
		assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::9"))
			.isEqualTo("20010db800010002::/64");
		assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
		assertThat(ClientAddress.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(ClientAddress.of("192.0.2.7")).isEqualTo("192.0.2.7");
	}

}
