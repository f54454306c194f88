package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acquis.referential.Challenge;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.Solution;

/**
 * Where the right answers sit in the authors' lists of proposals. A bank whose right
 * answers cluster in one place lets a learner answer without reading: "always the first"
 * for QCU, "always the first two" for QCM. Per framework and per type, no blind answer
 * may be right in more than {@value #MAX_PERCENT} % of the playable challenges: for a QCU
 * the blind answer is one position; for a QCM it is a set of positions (all or nothing),
 * and no single position may hold more than {@value #MAX_PERCENT} % of the QCM's right
 * proposals either. Below {@value #MIN_CHALLENGES} challenges of a type the shares mean
 * nothing and are not checked.
 */
final class AnswerPositions {

	static final int MAX_PERCENT = 40;

	static final int MIN_CHALLENGES = 10;

	private AnswerPositions() {
	}

	/**
	 * Positions (from 1) of the right proposals of a QCU or QCM, in the author's order.
	 */
	static Set<Integer> rightPositions(Challenge challenge, AnswerKey key) {
		var right = switch (key.solution()) {
			case Solution.SingleChoice single -> Set.of(single.proposalId());
			case Solution.MultipleChoice multiple -> multiple.proposalIds();
			default -> Set.<String>of();
		};
		var positions = new TreeSet<Integer>();
		for (int i = 0; i < challenge.proposals().size(); i++) {
			if (right.contains(challenge.proposals().get(i).id())) {
				positions.add(i + 1);
			}
		}
		return positions;
	}

	/** Problems of one framework's playable challenges, as sentences; empty when fine. */
	static List<String> check(String framework, List<TubeFile.ChallengeEntry> challenges) {
		var problems = new ArrayList<String>();
		for (var type : List.of(Challenge.Type.QCU, Challenge.Type.QCM)) {
			var solutions = challenges.stream()
				.filter(e -> e.challenge().framework().equals(framework) && e.challenge().type() == type
						&& e.challenge().playable())
				.map(e -> rightPositions(e.challenge(), e.key()))
				.toList();
			if (solutions.size() < MIN_CHALLENGES) {
				continue;
			}
			mostFrequent(solutions).filter(e -> tooMany(e.getValue(), solutions.size()))
				.ifPresent(e -> problems.add(sentence(type, e.getKey(), e.getValue(), solutions.size(), "challenges")));
			if (type == Challenge.Type.QCM) {
				var positions = solutions.stream().flatMap(Set::stream).toList();
				mostFrequent(positions).filter(e -> tooMany(e.getValue(), positions.size()))
					.ifPresent(e -> problems
						.add(sentence(type, e.getKey(), e.getValue(), positions.size(), "right proposals")));
			}
		}
		return problems;
	}

	private static <T> Optional<Map.Entry<T, Long>> mostFrequent(List<T> items) {
		return items.stream()
			.collect(Collectors.groupingBy(Function.identity(),
					() -> new TreeMap<>(Comparator.comparing(String::valueOf)), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue());
	}

	private static boolean tooMany(long count, int total) {
		return count * 100 > (long) MAX_PERCENT * total;
	}

	private static String sentence(Challenge.Type type, Object positions, long count, int total, String what) {
		return "the right answers of " + type + " cluster: position(s) " + positions + " in " + count + " of " + total
				+ " " + what + " (at most " + MAX_PERCENT
				+ " %): reorder proposals and their solution so that right answers are spread";
	}

}
