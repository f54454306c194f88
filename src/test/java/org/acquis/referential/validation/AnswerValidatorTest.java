package org.acquis.referential.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.acquis.referential.validation.Tolerance.T1;
import static org.acquis.referential.validation.Tolerance.T2;
import static org.acquis.referential.validation.Tolerance.T3;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.validation.AnswerValue.Fields;
import org.acquis.referential.validation.AnswerValue.Text;
import org.acquis.referential.validation.Solution.FreeText;
import org.acquis.referential.validation.Solution.MultipleChoice;
import org.acquis.referential.validation.Solution.SingleChoice;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

	private final AnswerValidator validator = new AnswerValidator();

	private Verdict verdict(Solution solution, String answer) {
		return validator.validate(solution, new Text(answer)).verdict();
	}

	@Test
	void singleChoiceAcceptsTheExactProposal() {
		assertThat(verdict(new SingleChoice("2"), "2")).isEqualTo(Verdict.OK);
		assertThat(verdict(new SingleChoice("2"), "3")).isEqualTo(Verdict.KO);
	}

	@Test
	void singleChoiceDoesNotTrim() {
		assertThat(verdict(new SingleChoice("2"), " 2")).isEqualTo(Verdict.KO);
	}

	@Test
	void multipleChoiceIgnoresOrderAndSpaces() {
		assertThat(verdict(MultipleChoice.parse("1,3"), " 3, 1")).isEqualTo(Verdict.OK);
	}

	@Test
	void multipleChoiceRejectsMissingExtraOrEmptyProposals() {
		Solution solution = new MultipleChoice(Set.of("1", "3"));
		assertThat(verdict(solution, "1")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "1,3,4")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "1,,3")).isEqualTo(Verdict.KO);
	}

	@Test
	void freeTextWithoutToleranceIsExactAfterPreTreatment() {
		// given
		Solution solution = FreeText.of(Set.of(), "mot clé");

		// then: a decomposed accent and a non-breaking space are the same text; case is
		// not
		assertThat(verdict(solution, "mot\u00A0cle\u0301")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, "Mot clé")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "mot clé ")).isEqualTo(Verdict.KO);
	}

	@Test
	void freeTextAcceptsAnyOfTheAcceptedAnswers() {
		Solution solution = FreeText.of(EnumSet.of(T1), "Paris", "Lutèce");
		assertThat(verdict(solution, " LUTECE ")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, "Lyon")).isEqualTo(Verdict.KO);
	}

	@Test
	void t3AloneForgivesTheCaseOfALongEnoughWord() {
		assertThat(verdict(FreeText.of(EnumSet.of(T3), "Paris"), "paris")).isEqualTo(Verdict.OK);
		assertThat(verdict(FreeText.of(EnumSet.of(T3), "Nil"), "nil")).isEqualTo(Verdict.KO);
	}

	@Test
	void t3ComparesTheTreatedAnswerWithEachTreatedReference() {
		// given t1 removes spaces and accents before the distance is measured
		Solution solution = FreeText.of(EnumSet.of(T1, T3), "moteur de recherche");

		// then
		assertThat(verdict(solution, "Moteur de Recherch")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, "moteur")).isEqualTo(Verdict.KO);
	}

	@Test
	void t2WithoutT1DeletesAccentedLetters() {
		// given "été" becomes "t" under t2 alone but "ete" once t1 ran first
		assertThat(verdict(FreeText.of(EnumSet.of(T2), "ete"), "été")).isEqualTo(Verdict.KO);
		assertThat(verdict(FreeText.of(EnumSet.of(T2), "ete"), "ete!")).isEqualTo(Verdict.OK);
		assertThat(verdict(FreeText.of(EnumSet.of(T1, T2), "ete"), "Été !")).isEqualTo(Verdict.OK);
	}

	@Test
	void t2DoesNotTrimSoASurroundingSpaceStillCounts() {
		assertThat(verdict(FreeText.of(EnumSet.of(T2), "ok"), " ok")).isEqualTo(Verdict.KO);
		assertThat(verdict(FreeText.of(EnumSet.of(T2), "ok"), "o.k.")).isEqualTo(Verdict.OK);
	}

	@Test
	void acceptedAnswersAreTheNonEmptyLinesOfTheSolution() {
		// given
		FreeText solution = FreeText.ofLines("Paris\n\n  \nLyon\n", Set.of(), false, false);

		// then
		assertThat(solution.accepted()).containsExactly("Paris", "Lyon");
		assertThat(verdict(solution, "Lyon")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, "")).isEqualTo(Verdict.KO);
	}

	@Test
	void numericFormatComparesNumbersWithCommaOrDotDecimal() {
		Solution solution = new FreeText(List.of("3.5"), Set.of(), true, false);
		assertThat(verdict(solution, "3,50")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, " 3.5 ")).isEqualTo(Verdict.OK);
		assertThat(verdict(solution, "3,6")).isEqualTo(Verdict.KO);
	}

	@Test
	void numericFormatRejectsWhatIsNotANumber() {
		Solution solution = new FreeText(List.of("12"), EnumSet.of(T1, T2, T3), true, false);
		assertThat(verdict(solution, "douze")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "12 ans")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "1e1")).isEqualTo(Verdict.KO);
	}

	@Test
	void numbersAreTextWhenTheFormatIsNotNumeric() {
		assertThat(verdict(FreeText.of(Set.of(), "3.5"), "3,5")).isEqualTo(Verdict.KO);
	}

	@Test
	void selectFieldIgnoresEveryTolerance() {
		Solution solution = new FreeText(List.of("Paris"), EnumSet.of(T1, T2, T3), false, true);
		assertThat(verdict(solution, "paris")).isEqualTo(Verdict.KO);
		assertThat(verdict(solution, "Paris")).isEqualTo(Verdict.OK);
	}

	@Test
	void wrongShapeOrMissingAnswerIsKoNotAnError() {
		Solution freeText = FreeText.of(Set.of(), "a");
		assertThat(validator.validate(freeText, new Fields(Map.of("a", "a"))).verdict()).isEqualTo(Verdict.KO);
		assertThat(validator.validate(freeText, new Text(null)).verdict()).isEqualTo(Verdict.KO);
		assertThat(validator.validate(freeText, null).verdict()).isEqualTo(Verdict.KO);
		assertThat(validator.validate(null, new Text("a")).verdict()).isEqualTo(Verdict.KO);
		assertThat(validator.validate(new SingleChoice("1"), new Fields(Map.of())).verdict()).isEqualTo(Verdict.KO);
	}

	@Test
	void singleFieldOutcomesCarryNoFieldVerdicts() {
		assertThat(validator.validate(new SingleChoice("1"), new Text("1")).fields()).isEmpty();
	}

}
