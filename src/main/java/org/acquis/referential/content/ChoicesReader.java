package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.acquis.referential.Challenge;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.jspecify.annotations.Nullable;

/** Reads the proposals and the solution of a QCU or QCM. */
final class ChoicesReader {

	private ChoicesReader() {
	}

	/**
	 * The solution is written as positions in the author's list; everything derived from
	 * it speaks of the proposals' opaque ids ({@link ProposalIds}).
	 */
	static ChallengeReader.@Nullable Parts read(String challengeId, Challenge.Type type, Map<String, YamlNode> e,
			YamlNode node) {
		var proposalTexts = e.containsKey("proposals") ? e.get("proposals").texts() : List.<String>of();
		if (proposalTexts.size() < 2) {
			node.problem("a " + type + " needs at least 2 proposals");
			return null;
		}
		var proposals = new ArrayList<Challenge.Proposal>();
		for (var text : proposalTexts) {
			var proposal = new Challenge.Proposal(ProposalIds.of(challengeId, text.strip()), text.strip());
			if (proposals.stream().anyMatch(p -> p.id().equals(proposal.id()))) {
				YamlNode.at(e, "proposals").problem("two proposals are the same: '" + proposal.text() + "'");
				return null;
			}
			proposals.add(proposal);
		}
		var solutionNode = e.get("solution");
		if (solutionNode == null) {
			node.problem("'solution' is missing");
			return null;
		}
		var chosen = new TreeSet<Integer>();
		for (var item : solutionNode.isList() ? solutionNode.list() : List.of(solutionNode)) {
			item.integer().ifPresent(chosen::add);
		}
		if (chosen.isEmpty() || chosen.first() < 1 || chosen.last() > proposals.size()) {
			solutionNode.problem("the solution must point at proposals 1 to " + proposals.size());
			return null;
		}
		if (type == Challenge.Type.QCU && (chosen.size() != 1 || solutionNode.isList())) {
			solutionNode.problem("a QCU has exactly one solution");
			return null;
		}
		var right = chosen.stream().map(position -> proposals.get(position - 1)).toList();
		return parts(type, proposals, right);
	}

	private static ChallengeReader.Parts parts(Challenge.Type type, List<Challenge.Proposal> proposals,
			List<Challenge.Proposal> right) {
		var ids = right.stream().map(Challenge.Proposal::id).toList();
		var texts = right.stream().map(Challenge.Proposal::text).toList();
		var wrong = new ArrayList<AnswerValue>();
		for (var proposal : proposals) {
			if (!ids.contains(proposal.id())) {
				var more = new ArrayList<>(ids);
				more.add(proposal.id());
				wrong.add(new AnswerValue.Text(type == Challenge.Type.QCU ? proposal.id() : String.join(",", more)));
			}
		}
		if (type == Challenge.Type.QCU) {
			return new ChallengeReader.Parts(proposals, List.of(), new Solution.SingleChoice(ids.get(0)),
					new AnswerValue.Text(ids.get(0)), wrong, texts.get(0));
		}
		if (ids.size() > 1) {
			wrong.add(new AnswerValue.Text(String.join(",", ids.subList(1, ids.size()))));
		}
		return new ChallengeReader.Parts(proposals, List.of(), new Solution.MultipleChoice(Set.copyOf(ids)),
				new AnswerValue.Text(String.join(",", ids)), wrong, texts);
	}

}
