package org.acquis.referential.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.Challenge.Status;
import org.acquis.referential.Challenge.Type;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.referential.Skill;
import org.acquis.referential.Tube;
import org.acquis.referential.Tutorial;
import org.acquis.referential.admin.ContentStats.Totals;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContentStatisticsTest {

	private static final Framework CRCN = framework("crcn", "1.1", "1.2");

	private static final Framework EDU = framework("crcn-edu", "6.1");

	private static final List<Challenge> CHALLENGES = List.of(
			challenge("recherche-1-a", "@recherche1", Type.QCU, Status.VALIDATED, 60, List.of()),
			challenge("recherche-1-b", "@recherche1", Type.QROC, Status.VALIDATED, null, List.of("a.csv")),
			challenge("recherche-1-c", "@recherche1", Type.QCM, Status.DRAFT, 30, List.of("b.csv")),
			challenge("recherche-2-a", "@recherche2", Type.QCM, Status.VALIDATED, null, List.of()),
			challenge("recherche-3-a", "@recherche3", Type.QCU, Status.VALIDATED, 60, List.of()),
			challenge("tri-3-a", "@tri3", Type.QROCM_IND, Status.VALIDATED, 90, List.of("c.ods")),
			challenge("classe-1-a", "@classe1", Type.QCU, Status.VALIDATED, null, List.of()));

	private final ContentBank bank = new ContentBank(List.of(CRCN, EDU),
			List.of(tube("recherche", "crcn", "1.1"), tube("tri", "crcn", "1.1"), tube("classe", "crcn-edu", "6.1")),
			List.of(skill("@recherche1", "recherche", 1, true), skill("@recherche2", "recherche", 2, true),
					skill("@recherche3", "recherche", 3, false), skill("@tri3", "tri", 3, true),
					skill("@classe1", "classe", 1, true)),
			CHALLENGES, keys(CHALLENGES),
			List.of(tutorial("recherche-requete", "recherche"), tutorial("recherche-operateurs", "recherche"),
					tutorial("tri-colonnes", "tri"), tutorial("classe-ent", "classe")),
			Map.of());

	private final ContentStats stats = new ContentStatistics(this.bank).of(CRCN);

	@Test
	void countsWhatIsInPlayInTheFramework() {
		// the draft challenge and the archived skill (with its challenge) are left out,
		// so is crcn-edu
		assertThat(this.stats.totals()).isEqualTo(new Totals(2, 3, 4, 3, 2, 2));
	}

	@Test
	void detailsEachCompetenceByLevelAndType() {
		var competence = this.stats.competences().get(0);

		assertThat(competence.code()).isEqualTo("1.1");
		assertThat(competence.name()).isEqualTo("Competence 1.1");
		assertThat(List.of(competence.tubes(), competence.skills(), competence.challenges())).containsExactly(2, 3, 4);
		assertThat(competence.skillsByLevel()).containsExactly(Map.entry("1", 1), Map.entry("2", 1), Map.entry("3", 1),
				Map.entry("4", 0), Map.entry("5", 0), Map.entry("6", 0), Map.entry("7", 0), Map.entry("8", 0));
		assertThat(competence.challengesByType()).containsExactly(Map.entry("QCU", 1), Map.entry("QCM", 1),
				Map.entry("QROC", 1), Map.entry("QROCM_IND", 1), Map.entry("QROCM_DEP", 0));
		assertThat(competence.timed()).isEqualTo(2);
		assertThat(competence.withAttachments()).isEqualTo(2);
	}

	@Test
	void listsACompetenceWithoutContentWithZeros() {
		var empty = this.stats.competences().get(1);

		assertThat(this.stats.competences()).hasSize(2);
		assertThat(empty.code()).isEqualTo("1.2");
		assertThat(List.of(empty.tubes(), empty.skills(), empty.challenges(), empty.timed(), empty.withAttachments()))
			.containsOnly(0);
		assertThat(empty.skillsByLevel()).hasSize(8).containsValue(0).doesNotContainValue(1);
		assertThat(empty.challengesByType()).containsOnlyKeys("QCU", "QCM", "QROC", "QROCM_IND", "QROCM_DEP")
			.doesNotContainValue(1);
	}

	@Test
	void countsAnotherFrameworkOnItsOwn() {
		var edu = new ContentStatistics(this.bank).of(EDU);

		assertThat(edu.totals()).isEqualTo(new Totals(1, 1, 1, 1, 0, 0));
	}

	private static Framework framework(String code, String... competences) {
		var list = List.of(competences)
			.stream()
			.map(c -> new Framework.Competence(c, "Competence " + c, "", "1", List.of("Thème"), Map.of()))
			.toList();
		return new Framework(code, code.toUpperCase(), Framework.Kind.CORE,
				List.of(new Framework.Area("1", "Area", list)));
	}

	private static Tube tube(String name, String framework, String competence) {
		return new Tube(name, framework, competence, "Thème", name, name);
	}

	private static Skill skill(String id, String tube, int level, boolean active) {
		return new Skill(id, tube, "", level, 1, null, List.of(), active);
	}

	private static Challenge challenge(String id, String skillId, Type type, Status status, @Nullable Integer timer,
			List<String> attachments) {
		return new Challenge(id, skillId, "crcn", "1.1", type, "?", List.of(), List.of(), timer, false, attachments,
				null, false, "fr", status);
	}

	private static Map<String, AnswerKey> keys(List<Challenge> challenges) {
		var key = new AnswerKey(new Solution.SingleChoice("1"), new AnswerValue.Text("1"), List.of(), "1");
		return challenges.stream().collect(Collectors.toMap(Challenge::id, c -> key));
	}

	private static Tutorial tutorial(String id, String tube) {
		return new Tutorial(id, tube, id, 3, "", "");
	}

}
