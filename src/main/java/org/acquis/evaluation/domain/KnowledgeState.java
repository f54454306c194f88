package org.acquis.evaluation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's state: the latest knowledge element of each skill, unless that latest one is
 * a reset (then the skill is untested again). Built from the whole history, so a state is
 * also a valid input.
 */
public final class KnowledgeState {

	private final Map<String, KnowledgeElement> latestBySkill;

	private KnowledgeState(Map<String, KnowledgeElement> latestBySkill) {
		this.latestBySkill = latestBySkill;
	}

	public static KnowledgeState of(Collection<KnowledgeElement> history) {
		Map<String, KnowledgeElement> latest = new LinkedHashMap<>();
		for (KnowledgeElement element : history) {
			// equal timestamps: the later one in the history wins, as it was written
			// after
			latest.merge(element.skillId(), element,
					(kept, candidate) -> candidate.createdAt().isBefore(kept.createdAt()) ? kept : candidate);
		}
		latest.values().removeIf(element -> element.status() == KnowledgeElementStatus.RESET);
		return new KnowledgeState(latest);
	}

	public boolean isTested(String skillId) {
		return latestBySkill.containsKey(skillId);
	}

	public Optional<KnowledgeElement> of(String skillId) {
		return Optional.ofNullable(latestBySkill.get(skillId));
	}

	public List<KnowledgeElement> elements() {
		return List.copyOf(latestBySkill.values());
	}

	public boolean isEmpty() {
		return latestBySkill.isEmpty();
	}

	public Optional<Instant> lastCreatedAt() {
		return latestBySkill.values().stream().map(KnowledgeElement::createdAt).max(Instant::compareTo);
	}

}
