package org.acquis.certification.certificate;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

	@Test
	void aCodeIsPAndEightDistinctCharactersOfTheAlphabet() {
		var random = new SecureRandom();
		var seen = new HashSet<Character>();
		for (int i = 0; i < 2_000; i++) {
			var code = VerificationCode.draw(random);
			assertThat(code).matches("P-[2346789BCDFGHJKMPQRTVWXY]{8}");
			var characters = code.substring(2).chars().mapToObj(c -> (char) c).toList();
			assertThat(new HashSet<>(characters)).as(code).hasSize(8);
			seen.addAll(characters);
			assertThat(VerificationCode.wellFormed(code)).isTrue();
		}
		assertThat(seen).as("every character of the alphabet is drawn").hasSize(24);
	}

	@Test
	void theDrawFollowsTheGeneratorGiven() {
		assertThat(VerificationCode.draw(new SplittableRandom(7)))
			.isEqualTo(VerificationCode.draw(new SplittableRandom(7)));
	}

	@Test
	void onlyTheShapeOfACodeIsWellFormed() {
		assertThat(VerificationCode.wellFormed("P-G7K3RXB9")).isTrue();
		for (var code : new String[] { "P-G7K3RXB", "P-G7K3RXB99", "P-G7K3RXBA", "P-G7K3RXB0", "X-G7K3RXB9",
				"PG7K3RXB9", "P-GGK3RXB9", "", "P-", "P-G7K3RXB9\n", "P-G7K3RXB9'--" }) {
			assertThat(VerificationCode.wellFormed(code)).as(code).isFalse();
		}
	}

	@Test
	void aTypedCodeIsReadWithoutSpacesAndCase() {
		assertThat(VerificationCode.normalized(" p-g7k3 rxb9 ")).isEqualTo("P-G7K3RXB9");
	}

	@Test
	void theGlobalLevelFollowsTheBands() {
		assertThat(GlobalLevel.of(0)).isZero();
		assertThat(GlobalLevel.of(63)).isZero();
		assertThat(GlobalLevel.of(64)).isEqualTo(1);
		assertThat(GlobalLevel.of(127)).isEqualTo(1);
		assertThat(GlobalLevel.of(128)).isEqualTo(2);
		assertThat(GlobalLevel.of(255)).isEqualTo(2);
		assertThat(GlobalLevel.of(256)).isEqualTo(3);
		assertThat(GlobalLevel.of(767)).isEqualTo(6);
		assertThat(GlobalLevel.of(768)).isEqualTo(7);
		assertThat(GlobalLevel.of(895)).isEqualTo(7);
	}

}
