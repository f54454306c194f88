package org.acquis.referential;

import java.util.List;

/**
 * The expected answer of a challenge as a person reads it, shown to a learner once their
 * answer is recorded ("Réponses et tutos"): {@code text}, one right answer (the right
 * proposal's text, the first accepted answer of each field), and {@code accepted}, every
 * accepted answer. Built by the referential from its answer key
 * ({@link ContentBank#correction}); it holds texts only, never the key itself nor the
 * proposals' ids.
 */
public record Correction(String text, List<String> accepted) {

	public Correction {
		accepted = List.copyOf(accepted);
	}

}
