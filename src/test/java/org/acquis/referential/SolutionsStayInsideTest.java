package org.acquis.referential;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.referential.validation.Solution;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Solutions never leave the referential: another module sends an answer to
 * {@link ContentBank#judge} and gets a verdict, it never holds a solution nor judges one
 * itself. The one thing it may get is a {@link Correction} (texts a person reads, built
 * inside the referential), and only the review of recorded answers asks for it.
 */
class SolutionsStayInsideTest {

	private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

	/** The only class outside the referential that asks for a correction. */
	private static final String REVIEW = "org.acquis.evaluation.assessment.AssessmentReview";

	@Test
	void noOtherModuleHoldsOrJudgesASolution() {
		noClasses().that()
			.resideOutsideOfPackage("org.acquis.referential..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(AnswerKey.class, Solution.class, AnswerValidator.class)
			.check(CLASSES);
	}

	@Test
	void noOtherModuleAsksForAnAnswerKey() {
		noClasses().that()
			.resideOutsideOfPackage("org.acquis.referential..")
			.should()
			.callMethod(ContentBank.class, "answerKey", Challenge.class)
			.check(CLASSES);
	}

	@Test
	void onlyTheReviewOfRecordedAnswersAsksForACorrection() {
		noClasses().that()
			.resideOutsideOfPackage("org.acquis.referential..")
			.and()
			.doNotHaveFullyQualifiedName(REVIEW)
			.should()
			.callMethod(ContentBank.class, "correction", Challenge.class)
			.check(CLASSES);
		assertThat(CLASSES.contain(REVIEW)).as("the review exists under that name").isTrue();
	}

	@Test
	void aCorrectionHoldsTextsOnly() {
		var types = Arrays.stream(Correction.class.getRecordComponents())
			.map(c -> c.getGenericType().getTypeName())
			.toList();
		assertThat(types).isEqualTo(List.of("java.lang.String", "java.util.List<java.lang.String>"));
	}

}
