package org.acquis.certification.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.acquis.certification.draw.DrawInput;
import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.acquis.evaluation.assessment.KnowledgeSnapshot;
import org.acquis.evaluation.assessment.KnowledgeSnapshots;
import org.acquis.referential.ContentBank;
import org.springframework.stereotype.Component;

/**
 * What the v2 draw needs, read when the course starts: the candidate's knowledge snapshot
 * (core framework), the profile it gives, the challenges of each validated skill and the
 * challenges whose answers validated a skill.
 */
@Component
class PrepareDraw {

	private final KnowledgeSnapshots snapshots;

	private final AssessmentSummaries summaries;

	private final ContentBank bank;

	PrepareDraw(KnowledgeSnapshots snapshots, AssessmentSummaries summaries, ContentBank bank) {
		this.snapshots = snapshots;
		this.summaries = summaries;
		this.bank = bank;
	}

	record Prepared(DrawInput input, Map<String, ProfileAtDraw.Competence> profile) {
	}

	Prepared prepare(UUID userId, String language) {
		var core = this.snapshots.of(userId)
			.elements()
			.stream()
			.filter(e -> ContentBank.CORE.equals(e.framework()) && e.validated())
			.filter(e -> this.bank.skill(e.skillId()).isPresent())
			.toList();
		var pix = new HashMap<String, Double>();
		core.forEach(
				e -> pix.merge(e.competence(), this.bank.skill(e.skillId()).orElseThrow().pixValue(), Double::sum));
		var profile = ProfileAtDraw.of(pix);
		var competences = new HashMap<String, List<DrawInput.ValidatedSkill>>();
		var challenges = new HashMap<String, List<DrawInput.Option>>();
		for (var element : core) {
			var level = profile.get(element.competence());
			if (element.inferred() || level == null || level.level() < 1) {
				continue;
			}
			var skill = this.bank.skill(element.skillId()).orElseThrow();
			competences.computeIfAbsent(element.competence(), c -> new ArrayList<>())
				.add(new DrawInput.ValidatedSkill(skill.id(), skill.tube(), skill.level()));
			challenges.put(skill.id(),
					this.bank.playableChallenges(skill.id())
						.stream()
						.map(c -> new DrawInput.Option(c.id(), c.locale()))
						.toList());
		}
		return new Prepared(new DrawInput(competences, challenges, answeredRight(core), language), profile);
	}

	/** The challenges whose right answers validated the candidate's skills. */
	private HashSet<String> answeredRight(List<KnowledgeSnapshot.Element> elements) {
		var answered = new HashSet<String>();
		elements.stream()
			.map(KnowledgeSnapshot.Element::assessmentId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> this.summaries.of(id)
				.ifPresent(summary -> summary.answers()
					.stream()
					.filter(a -> "OK".equals(a.result()))
					.forEach(a -> answered.add(a.challengeId()))));
		return answered;
	}

}
