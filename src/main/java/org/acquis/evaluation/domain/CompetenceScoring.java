package org.acquis.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pix and level of one competence from the user's knowledge elements (domain.md §4). */
public final class CompetenceScoring {

	public static final int PIX_PER_LEVEL = 8;

	/**
	 * Pix values such as 8/3 are not exact in binary: nine of them add up to 23.999…,
	 * which floor would turn into 23. Rounding the sum to this many decimals first
	 * restores 24, and no real pix sum lies within 10^-6 below an integer (values are 8/N
	 * with small N, or authored with few decimals).
	 */
	private static final int SUM_DECIMALS = 6;

	public Score score(List<Skill> competenceSkills, List<KnowledgeElement> knowledgeElements, int maxLevel) {
		Map<String, Skill> byId = competenceSkills.stream()
			.collect(Collectors.toMap(Skill::id, Function.identity(), (a, b) -> a));
		BigDecimal sum = KnowledgeState.of(knowledgeElements)
			.elements()
			.stream()
			.filter(KnowledgeElement::isValidated)
			.map(element -> byId.get(element.skillId()))
			.filter(skill -> skill != null)
			.map(skill -> BigDecimal.valueOf(skill.pixValue()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int pix = sum.setScale(SUM_DECIMALS, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.FLOOR).intValueExact();
		int cappedPix = Math.min(pix, maxLevel * PIX_PER_LEVEL);
		return new Score(cappedPix, Math.min(cappedPix / PIX_PER_LEVEL, maxLevel));
	}

}
