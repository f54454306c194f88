package org.acquis.evaluation.web;

import java.time.Instant;
import java.util.List;

import org.acquis.referential.Challenge;
import org.jspecify.annotations.Nullable;

/**
 * A challenge as the learner sees it: built field by field, so that no solution can slip
 * in.
 */
public record ChallengeView(String challengeId, String type, String instruction, List<ProposalView> proposals,
		List<FieldView> fields, @Nullable Integer timerSeconds, @Nullable Instant deadline, boolean focused,
		List<FileView> attachments, @Nullable FileView illustration) {

	public record ProposalView(String id, String text) {
	}

	public record FieldView(String key, String label, String kind, List<String> options) {
	}

	public record FileView(String name, String url, @Nullable String alt) {
	}

	static ChallengeView of(Challenge challenge, @Nullable Instant deadline, long seed) {
		var base = "/content/files/" + challenge.framework() + "/" + challenge.competence() + "/";
		var proposals = challenge.proposals().stream().map(p -> new ProposalView(p.id(), p.text())).toList();
		if (challenge.shuffled()) {
			proposals = Shuffle.stable(proposals, seed ^ challenge.id().hashCode());
		}
		var illustration = challenge.illustration();
		return new ChallengeView(challenge.id(), challenge.type().name(), challenge.instruction(), proposals,
				challenge.fields().stream().map(f -> new FieldView(f.key(), f.label(), f.kind(), f.options())).toList(),
				challenge.timerSeconds(), deadline, challenge.focused(),
				challenge.attachments().stream().map(a -> new FileView(a, base + a + "?download=true", null)).toList(),
				illustration == null ? null
						: new FileView(illustration.file(), base + illustration.file(), illustration.alt()));
	}

}
