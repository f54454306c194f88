package org.acquis.certification.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.acquis.certification.scoring.domain.CertificationScore.CompetenceScore;
import org.acquis.certification.scoring.domain.ScoringInput.AbortReason;
import org.acquis.certification.scoring.domain.ScoringInput.Outcome;
import org.acquis.certification.scoring.domain.ScoringInput.ScoredChallenge;

/**
 * The second version's scoring, exactly as domain.md §8: neutralisation, the
 * reproducibility rate, cancellation and rejection, the per-competence table, the caps,
 * the errors sent to the jury.
 */
public final class ScoringV2 implements CertificationScorer {

	public static final String NAME = "v2";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public CertificationScore score(ScoringInput input) {
		var errors = new ArrayList<String>();
		var tested = new TreeMap<String, ScoringInput.ProfileLevel>();
		input.profile().forEach((code, level) -> {
			if (level.level() >= 1) {
				tested.put(code, level);
			}
		});
		var challenges = input.challenges().stream().filter(c -> tested.containsKey(c.competence())).toList();
		if (challenges.stream().anyMatch(c -> c.outcome() == Outcome.UNANSWERED) && input.abortReason() == null) {
			errors.add("UNANSWERED_WITHOUT_ABORT_REASON");
		}
		var judged = challenges.stream().map(c -> Judged.of(c, input.abortReason())).toList();
		int counted = (int) judged.stream().filter(j -> !j.neutralised()).count();
		int right = (int) judged.stream().filter(Judged::right).count();
		int rate = ReproducibilityRate.of(right, counted);
		boolean technical = input.abortReason() == AbortReason.TECHNICAL;
		if (counted < minimumCounted(challenges.size())) {
			return uncertified(CertificationScore.Status.CANCELLED, rate, input, errors);
		}
		if (rate < 50) {
			return uncertified(technical ? CertificationScore.Status.CANCELLED : CertificationScore.Status.REJECTED,
					rate, input, errors);
		}
		var scores = new ArrayList<CompetenceScore>();
		input.profile().keySet().stream().sorted().forEach(code -> {
			var level = tested.get(code);
			scores.add(level == null ? CompetenceScore.uncertified(code)
					: competence(code, level, judged, rate, input.maxLevel(), errors));
		});
		int total = scores.stream().mapToInt(CompetenceScore::pix).sum();
		if (total == 0 && rate > 50) {
			errors.add("ZERO_PIX_WITH_RATE_ABOVE_50");
		}
		var status = total == 0 ? CertificationScore.Status.REJECTED : CertificationScore.Status.VALIDATED;
		return new CertificationScore(status, total, rate, scores, errors);
	}

	/** ceil(0.66 x challenges), in integers (0.66 x 50 is not 33 in floating point). */
	static int minimumCounted(int challenges) {
		return (66 * challenges + 99) / 100;
	}

	private static CompetenceScore competence(String code, ScoringInput.ProfileLevel level, List<Judged> judged,
			int rate, int maxLevel, List<String> errors) {
		var own = judged.stream().filter(j -> j.challenge().competence().equals(code)).toList();
		if (own.isEmpty()) {
			errors.add("COMPETENCE_WITHOUT_CHALLENGE:" + code);
			return CompetenceScore.uncertified(code);
		}
		long dependent = own.stream().filter(j -> j.challenge().qrocmDep()).count();
		// a QROCM-dep counts twice in a competence of fewer than 3 challenges, but two
		// of them in a 2-challenge competence count once each
		boolean doubled = own.size() < 3 && !(own.size() == 2 && dependent == 2);
		int n = 0;
		int c = 0;
		int k = 0;
		for (var j : own) {
			int weight = doubled && j.challenge().qrocmDep() ? 2 : 1;
			n += weight;
			c += j.right() ? weight : 0;
			k += j.neutralised() ? weight : 0;
		}
		var mark = CompetenceTable.mark(n, c, k, rate);
		return switch (mark) {
			case V -> capped(code, level.level(), level.pix(), maxLevel);
			case D -> capped(code, level.level() - 1, level.pix() - 8, maxLevel);
			case U -> CompetenceScore.uncertified(code);
		};
	}

	private static CompetenceScore capped(String code, int level, int pix, int maxLevel) {
		return new CompetenceScore(code, Math.min(level, maxLevel), Math.max(0, Math.min(pix, 8 * maxLevel)));
	}

	private static CertificationScore uncertified(CertificationScore.Status status, int rate, ScoringInput input,
			List<String> errors) {
		var scores = input.profile().keySet().stream().sorted().map(CompetenceScore::uncertified).toList();
		return new CertificationScore(status, 0, rate, scores, errors);
	}

	/**
	 * A challenge judged: neutralised when an incident concerns it and it is not right,
	 * or when it was left unanswered after a technical stop; an unanswered one is wrong
	 * otherwise.
	 */
	private record Judged(ScoredChallenge challenge, boolean neutralised, boolean right) {

		static Judged of(ScoredChallenge c, ScoringInput.@org.jspecify.annotations.Nullable AbortReason abort) {
			boolean neutralised = (c.incident() && c.outcome() != Outcome.RIGHT)
					|| (c.outcome() == Outcome.UNANSWERED && abort == AbortReason.TECHNICAL);
			return new Judged(c, neutralised, !neutralised && c.outcome() == Outcome.RIGHT);
		}

	}

}
