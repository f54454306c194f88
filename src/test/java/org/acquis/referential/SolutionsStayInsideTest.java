package org.acquis.referential;

import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValidator;
import org.acquis.referential.validation.Solution;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Solutions never leave the referential: another module sends an answer to
 * {@link ContentBank#judge} and gets a verdict, it never holds a solution nor judges one
 * itself.
 */
class SolutionsStayInsideTest {

	@Test
	void noOtherModuleHoldsOrJudgesASolution() {
		var classes = new ClassFileImporter().importPath(Path.of("target/classes"));
		noClasses().that()
			.resideOutsideOfPackage("org.acquis.referential..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(AnswerKey.class, Solution.class, AnswerValidator.class)
			.check(classes);
	}

}
