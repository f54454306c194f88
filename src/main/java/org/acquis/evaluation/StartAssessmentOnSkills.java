package org.acquis.evaluation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.acquis.evaluation.assessment.Assessment;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the other modules: starts an adaptive assessment on any set of skills (a campaign's
 * target profile, a certification's draw), across competences and frameworks. The learner
 * then answers through the usual assessment calls; {@link AssessmentCompleted} tells when
 * it is over. What an answer says about a skill counts in the learner's profile too.
 */
@Component
public class StartAssessmentOnSkills {

	private final Assessments assessments;

	private final ContentBank bank;

	private final Clock clock;

	private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

	StartAssessmentOnSkills(Assessments assessments, ContentBank bank, Clock clock) {
		this.assessments = assessments;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional
	public UUID start(UUID userId, Purpose purpose, Collection<String> skillIds) {
		var skills = skillIds.stream().distinct().sorted().toList();
		if (skills.isEmpty() || skills.stream().anyMatch(id -> this.bank.skill(id).isEmpty())) {
			throw DomainException.badInput("SKILLS_UNKNOWN");
		}
		var framework = this.bank.tube(this.bank.skill(skills.get(0)).orElseThrow().tube())
			.map(t -> t.framework())
			.orElse(ContentBank.CORE);
		var assessment = new Assessment(UUID.randomUUID(), userId, purpose.type, Assessment.State.STARTED, null,
				framework, List.copyOf(skills), this.random.nextLong(), null, null, null, false, 0, false,
				this.clock.instant());
		this.assessments.insert(assessment);
		return assessment.id();
	}

	/** Why the skills are assessed. */
	public enum Purpose {

		CAMPAIGN(Assessment.Type.CAMPAIGN), CERTIFICATION(Assessment.Type.CERTIFICATION);

		private final Assessment.Type type;

		Purpose(Assessment.Type type) {
			this.type = type;
		}

	}

}
