package org.acquis.referential.admin;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;

@Component
class PreviewChallenge {

	private final ContentBank bank;

	PreviewChallenge(ContentBank bank) {
		this.bank = bank;
	}

	ChallengePreview preview(String challengeId) {
		var challenge = this.bank.challenge(challengeId)
			.orElseThrow(() -> DomainException.notFound("CHALLENGE_NOT_FOUND", challengeId));
		// the loader gives every challenge its skill: a miss here is a bug, not a bad
		// request
		var skill = this.bank.skill(challenge.skillId())
			.orElseThrow(() -> new IllegalStateException("No skill " + challenge.skillId()));
		return ChallengePreview.of(challenge, this.bank.answerKey(challenge), skill);
	}

}
