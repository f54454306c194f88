package org.acquis.referential.content;

import java.net.URLClassLoader;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class ContentPackTest {

	@Test
	void theShippedBankPassesTheLinter() {
		var result = new ContentPackLoader().load();

		assertThat(result.problems()).isEmpty();
		var bank = result.bank();
		assertThat(bank).isNotNull();
		for (var competence : bank.core().competences()) {
			for (int level = 1; level <= 3; level++) {
				int wanted = level;
				assertThat(bank.skills("crcn", competence.code()).stream().filter(s -> s.level() == wanted).count())
					.as("skills of level %d in competence %s", level, competence.code())
					.isGreaterThanOrEqualTo(2);
			}
		}
	}

	@Test
	void pixValuesShareEightPixPerLevelOfACompetence() {
		var bank = new ContentPackLoader().load().bank();

		var level1 = bank.skills("crcn", "1.1").stream().filter(s -> s.level() == 1).toList();
		assertThat(level1.stream().mapToDouble(s -> s.pixValue()).sum()).isCloseTo(8.0,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void aBrokenPackIsRefusedWithEveryProblemAndItsLine() throws Exception {
		var folder = Path.of("src/test/resources/broken-pack").toUri().toURL();
		try (var loader = new URLClassLoader(new java.net.URL[] { folder }, null)) {
			var result = new ContentPackLoader(new PathMatchingResourcePatternResolver(loader)).load();

			assertThat(result.bank()).isNull();
			assertThat(result.problems())
				.anySatisfy(p -> assertThat(p).startsWith("content/crcn/1.1/broken.yaml:2:").contains("folder"))
				.anySatisfy(p -> assertThat(p).contains("'en' is missing"))
				.anySatisfy(p -> assertThat(p).contains("must point at proposals 1 to 2"))
				.anySatisfy(p -> assertThat(p).contains("unknown tutorial 'inconnu'"))
				.anySatisfy(p -> assertThat(p).contains("a level is missing"))
				.anySatisfy(p -> assertThat(p).contains("wrong answer").contains("accepted"))
				.anySatisfy(p -> assertThat(p).contains("absent.csv"))
				.anySatisfy(p -> assertThat(p).contains("at least one tutorial"));
		}
	}

}
