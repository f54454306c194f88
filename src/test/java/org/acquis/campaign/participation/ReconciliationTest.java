package org.acquis.campaign.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acquis.organization.OrganizationLearner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

	private static final LocalDate BORN = LocalDate.of(2013, 4, 3);

	private static OrganizationLearner learner(String first, String last, LocalDate born) {
		return new OrganizationLearner(UUID.randomUUID(), UUID.randomUUID(), first, last, born, "6A", null, true);
	}

	@Test
	void accentsCaseHyphensAndSmallTyposMatch() {
		var zoe = learner("Zoé", "Dupré-Lefèvre", BORN);
		var list = List.of(zoe, learner("Zoé", "Dupré-Lefèvre", BORN.plusDays(1)));
		assertThat(Reconciliation.match(list, "ZOE", "dupre lefevre", BORN)).contains(zoe);
		assertThat(Reconciliation.match(list, "Zoe", "Dupree-Lefevre", BORN)).as("one letter in 13").contains(zoe);
	}

	@Test
	void theBirthDateMustBeTheSameAndNamesCloseEnough() {
		var list = List.of(learner("Léo", "Martin", BORN));
		assertThat(Reconciliation.match(list, "Léo", "Martin", BORN.minusDays(1))).isEmpty();
		assertThat(Reconciliation.match(list, "Léa", "Martin", BORN)).as("1 of 3 letters is over a quarter").isEmpty();
		assertThat(Reconciliation.match(list, "Léo", "Martine", BORN)).as("1 of 7 is under a quarter").isPresent();
	}

	@Test
	void twoRecordsAsCloseAsEachOtherMatchNeither() {
		var list = List.of(learner("Lina", "Petit", BORN), learner("Lina", "Petit", BORN));
		assertThat(Reconciliation.match(list, "Lina", "Petit", BORN)).isEmpty();
	}

	@Test
	void levenshteinRatio() {
		assertThat(Reconciliation.levenshtein("kitten", "sitting")).isEqualTo(3);
		assertThat(Reconciliation.ratio("Élodie", "elodie")).isZero();
	}

}
