package org.acquis.referential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * A challenge as the learner sees it (the next-challenge body of api.md, and what
 * {@code templates/referential/challenge-form.html} renders): built field by field, so
 * that no solution can slip in. The referential builds its own file addresses.
 *
 * @param deadline when a timed question's clock runs out, as the caller (the assessment)
 * counts it
 * @param awaitingStart a timed question whose clock has not started: only its type and
 * timer are shown (the warning before "Commencer"), nothing of the question itself
 */
public record ChallengeView(String challengeId, String type, String instruction, List<ProposalView> proposals,
		List<FieldView> fields, @Nullable Integer timerSeconds, @Nullable Instant deadline, boolean focused,
		List<FileView> attachments, @Nullable FileView illustration, boolean awaitingStart) {

	/** An opaque id (it tells neither the author's position nor whether it is right). */
	public record ProposalView(String id, String text) {
	}

	public record FieldView(String key, String label, String kind, List<String> options) {
	}

	public record FileView(String name, String url, @Nullable String alt) {
	}

	/**
	 * As a learner is asked it: the proposals of a shuffled challenge in the order of the
	 * caller's seed (the same seed, the same order, each time the question is shown).
	 */
	public static ChallengeView of(Challenge challenge, @Nullable Instant deadline, long seed) {
		var proposals = proposals(challenge);
		if (challenge.shuffled()) {
			proposals = shuffled(proposals, seed ^ challenge.id().hashCode());
		}
		return view(challenge, proposals, deadline);
	}

	/**
	 * A timed question before its clock starts: its id, type, timer and focus only, so
	 * that finding it gives no time (the instruction, proposals, fields and files come
	 * once the learner starts it).
	 */
	public static ChallengeView awaitingStart(Challenge challenge) {
		return new ChallengeView(challenge.id(), challenge.type().name(), "", List.of(), List.of(),
				challenge.timerSeconds(), null, challenge.focused(), List.of(), null, true);
	}

	/**
	 * The same view with another timer: a learner's accommodation lengthens it, or takes
	 * it away (null: shown without a clock).
	 */
	public ChallengeView withTimer(@Nullable Integer seconds) {
		return new ChallengeView(this.challengeId, this.type, this.instruction, this.proposals, this.fields, seconds,
				this.deadline, this.focused, this.attachments, this.illustration, this.awaitingStart);
	}

	/** As its author wrote it: proposals in their order, no clock running. */
	public static ChallengeView asAuthored(Challenge challenge) {
		return view(challenge, proposals(challenge), null);
	}

	private static ChallengeView view(Challenge challenge, List<ProposalView> proposals, @Nullable Instant deadline) {
		var illustration = challenge.illustration();
		return new ChallengeView(challenge.id(), challenge.type().name(), challenge.instruction(), proposals,
				challenge.fields().stream().map(f -> new FieldView(f.key(), f.label(), f.kind(), f.options())).toList(),
				challenge.timerSeconds(), deadline, challenge.focused(),
				challenge.attachments()
					.stream()
					.map(a -> new FileView(a, challenge.fileUrl(a) + "?download=true", null))
					.toList(),
				illustration == null ? null
						: new FileView(illustration.file(), challenge.fileUrl(illustration.file()), illustration.alt()),
				false);
	}

	private static List<ProposalView> proposals(Challenge challenge) {
		return challenge.proposals().stream().map(p -> new ProposalView(p.id(), p.text())).toList();
	}

	/** Fisher-Yates on a seeded generator: stable for a seed. */
	static <T> List<T> shuffled(List<T> items, long seed) {
		var shuffled = new ArrayList<>(items);
		var random = new SplittableRandom(seed);
		for (int i = shuffled.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			var swap = shuffled.get(i);
			shuffled.set(i, shuffled.get(j));
			shuffled.set(j, swap);
		}
		return List.copyOf(shuffled);
	}

}
