package org.acquis.referential;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.acquis.referential.ChallengeView.FileView;
import org.acquis.referential.ChallengeView.ProposalView;
import org.acquis.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a learner sees of a challenge, and what its form sends back. */
class ChallengeViewTest {

	private static final List<Challenge.Proposal> PROPOSALS = List.of(new Challenge.Proposal("aaaa", "A"),
			new Challenge.Proposal("bbbb", "B"), new Challenge.Proposal("cccc", "C"),
			new Challenge.Proposal("dddd", "D"), new Challenge.Proposal("eeee", "E"));

	@Test
	void theReferentialBuildsTheAddressesOfItsFiles() {
		var view = ChallengeView.of(challenge(Challenge.Type.QCU, false), null, 1);

		assertThat(view.attachments()).containsExactly(
				new FileView("ventes mars.csv", "/content/files/crcn/3.2/ventes%20mars.csv?download=true", null));
		assertThat(view.illustration()).isEqualTo(new FileView("t.svg", "/content/files/crcn/3.2/t.svg", "Un tableau"));
	}

	@Test
	void aShuffledChallengesProposalsFollowTheCallersSeed() {
		var challenge = challenge(Challenge.Type.QCM, true);
		var deadline = Instant.parse("2026-12-02T10:00:00Z");

		var once = ChallengeView.of(challenge, deadline, 42).proposals();

		assertThat(ChallengeView.of(challenge, deadline, 42).proposals()).as("the same seed").isEqualTo(once);
		assertThat(once).extracting(ProposalView::id)
			.as("the order the learner's page gave before the view moved here (evaluation's Shuffle)")
			.containsExactly("cccc", "aaaa", "eeee", "bbbb", "dddd");
		assertThat(once).containsExactlyInAnyOrderElementsOf(ids(PROPOSALS));
		assertThat(ChallengeView.asAuthored(challenge).proposals()).isEqualTo(ids(PROPOSALS));
		assertThat(ChallengeView.asAuthored(challenge).deadline()).isNull();
		assertThat(ChallengeView.of(challenge, deadline, 42).deadline()).isEqualTo(deadline);
	}

	@Test
	void theFormSendsProposalsJoinedOrFieldsByKey() {
		var choices = new LinkedMultiValueMap<String, String>();
		choices.addAll("value", List.of("aaaa", "cccc"));
		var fields = new LinkedMultiValueMap<String, String>();
		fields.add("field.total", "42");
		fields.add("challengeId", "tableur-3-a");

		assertThat(AnswerForm.value(choices)).isEqualTo("aaaa,cccc");
		assertThat(AnswerForm.value(fields)).isEqualTo(Map.of("total", "42"));
		assertThat(AnswerForm.value(new LinkedMultiValueMap<>())).isEqualTo("");
	}

	@Test
	void whatWasSentTakesTheChallengesShapeOrIsRefused() {
		var qrocm = challenge(Challenge.Type.QROCM_IND, false);

		assertThat(qrocm.answerValue(Map.of("total", "42")))
			.isEqualTo(new org.acquis.referential.validation.AnswerValue.Fields(Map.of("total", "42")));
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> qrocm.answerValue("42"))
			.extracting(DomainException::code)
			.isEqualTo("ANSWER_MALFORMED");
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> challenge(Challenge.Type.QROC, false).answerValue("x".repeat(2001)))
			.extracting(DomainException::code)
			.isEqualTo("ANSWER_MALFORMED");
	}

	private static List<ProposalView> ids(List<Challenge.Proposal> proposals) {
		return proposals.stream().map(p -> new ProposalView(p.id(), p.text())).toList();
	}

	private static Challenge challenge(Challenge.Type type, boolean shuffled) {
		return new Challenge("tableur-3-a", "@tableur3", "crcn", "3.2", type, "Calcule.", PROPOSALS,
				List.of(new Challenge.Field("total", "Total", "text", List.of())), null, false,
				List.of("ventes mars.csv"), new Challenge.Illustration("t.svg", "Un tableau"), shuffled, "fr",
				Challenge.Status.VALIDATED);
	}

}
