package org.acquis.referential.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextTreatmentsTest {

	@Test
	void preTreatmentComposesUnicodeAndTurnsNonBreakingSpacesIntoSpaces() {
		// given an "é" typed as e + combining accent, and both kinds of non-breaking
		// space
		String typed = "cle\u0301\u00A0USB\u202F!";

		// when
		String treated = TextTreatments.preTreat(typed);

		// then
		assertThat(treated).isEqualTo("clé USB !");
	}

	@Test
	void t1TrimsLowersStripsAccentsAndRemovesAllWhitespace() {
		assertThat(TextTreatments.t1("  Ça  Été\tÀ Noël \n")).isEqualTo("caetea" + "noel");
	}

	@Test
	void t1KeepsAeAndOeLigatures() {
		assertThat(TextTreatments.t1("Œuvre Æsir cœur")).isEqualTo("œuvreæsircœur");
	}

	@Test
	void t2KeepsOnlyAsciiLettersDigitsAndSpacesAndDeletesAccentedLetters() {
		assertThat(TextTreatments.t2("L'été, 2024 !")).isEqualTo("Lt 2024 ");
	}

	@Test
	void t2CollapsesSpaceRunsButDoesNotTrim() {
		assertThat(TextTreatments.t2("  a  -  b  ")).isEqualTo(" a b ");
	}

	@Test
	void treatAppliesT1BeforeT2SoAccentsSurviveAsPlainLetters() {
		assertThat(TextTreatments.treat("L'Été", EnumSet.of(Tolerance.T1, Tolerance.T2))).isEqualTo("lete");
		assertThat(TextTreatments.treat("L'Été", EnumSet.of(Tolerance.T2))).isEqualTo("Lt");
	}

	@Test
	void treatWithoutToleranceOnlyPreTreats() {
		assertThat(TextTreatments.treat(" Mot\u00A0Clé ", Set.of())).isEqualTo(" Mot Clé ");
	}

	@Test
	void t3ForgivesOneDifferenceInFiveCharacters() {
		assertThat(TextTreatments.t3Matches("Paris", "paris")).isTrue();
	}

	@Test
	void t3AcceptsARatioOfExactlyAQuarter() {
		assertThat(TextTreatments.t3Matches("abcd", "abce")).isTrue();
		assertThat(TextTreatments.t3Matches("abc", "abd")).isFalse();
	}

	@Test
	void t3DividesByTheAnswerLengthSoItIsNotSymmetric() {
		// given one missing letter: 1/4 from the long side, 1/3 from the short side
		assertThat(TextTreatments.t3Matches("abcd", "abc")).isTrue();
		assertThat(TextTreatments.t3Matches("abc", "abcd")).isFalse();
	}

	@Test
	void t3EmptyAnswerMatchesOnlyAnEmptyReference() {
		assertThat(TextTreatments.t3Matches("", "")).isTrue();
		assertThat(TextTreatments.t3Matches("", "a")).isFalse();
	}

	@Test
	void levenshteinCountsInsertionsDeletionsAndSubstitutions() {
		assertThat(TextTreatments.levenshtein("kitten", "sitting")).isEqualTo(3);
		assertThat(TextTreatments.levenshtein("", "abc")).isEqualTo(3);
		assertThat(TextTreatments.levenshtein("same", "same")).isZero();
	}

	@Test
	void approximateMatchingSkipsTheDistanceOnlyWhenTheLengthsAloneSayNo() {
		var words = java.util.List.of("", "a", "ab", "abc", "abcd", "lutece", "lutce", "luteces", "lutesse", "xyzxyzxy",
				"a".repeat(40), "a".repeat(30) + "b".repeat(10));
		for (var answer : words) {
			for (var reference : words) {
				boolean byDistance = answer.isEmpty() ? reference.isEmpty()
						: 4L * TextTreatments.levenshtein(answer, reference) <= answer.length();
				assertThat(TextTreatments.t3Matches(answer, reference)).as(answer + " / " + reference)
					.isEqualTo(byDistance);
			}
		}
		assertThat(TextTreatments.t3Matches("a".repeat(200_000), "b")).isFalse();
	}

}
