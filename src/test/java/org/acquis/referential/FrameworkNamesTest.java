package org.acquis.referential;

import java.util.Locale;

import org.acquis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRCN's names in English (issue 16): every area, competence and level has one; what
 * has none (an extension) stays French and says so.
 */
class FrameworkNamesTest extends IntegrationTest {

	@Autowired
	FrameworkNames names;

	@Autowired
	ContentBank bank;

	@Test
	void everyAreaCompetenceAndLevelOfTheCrcnHasAnEnglishName() {
		var core = this.bank.core();
		assertThat(core.areas()).allSatisfy(area -> {
			var name = this.names.area(area.code(), Locale.ENGLISH);
			assertThat(name.lang()).as(area.code()).isNull();
			assertThat(name.text()).isNotEqualTo(area.name());
		});
		assertThat(core.competences()).hasSize(16).allSatisfy(competence -> {
			var name = this.names.competence(competence.code(), Locale.ENGLISH);
			assertThat(name.lang()).as(competence.code()).isNull();
			assertThat(name.text()).isNotEqualTo(competence.name());
		});
		assertThat(core.levels()).hasSize(8).allSatisfy(level -> {
			assertThat(this.names.levelGroup(level.number(), Locale.ENGLISH).lang()).isNull();
			assertThat(this.names.levelDefinition(level.number(), Locale.ENGLISH).text())
				.isNotEqualTo(level.definition());
		});
		assertThat(this.names.area("1", Locale.ENGLISH).text()).isEqualTo("Information and data literacy");
		assertThat(this.names.levelGroup(3, Locale.ENGLISH).text()).isEqualTo("Independent");
	}

	@Test
	void inFrenchTheNamesAreTheFrameworksAndAnUntranslatedOneIsMarkedFrench() {
		assertThat(this.names.competence("1.1", Locale.FRENCH))
			.isEqualTo(new FrameworkNames.Name("Mener une recherche et une veille d'information", null));
		var extension = this.bank.frameworks().stream().filter(f -> f.kind() == Framework.Kind.EXTENSION).findFirst();
		extension.ifPresent(framework -> {
			var competence = framework.competences().get(0);
			var name = this.names.competence(framework.code() + ":" + competence.code(), Locale.ENGLISH);
			assertThat(name).isEqualTo(new FrameworkNames.Name(competence.name(), "fr"));
		});
	}

}
