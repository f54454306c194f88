package org.acquis.evaluation.assessment;

import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the other modules: starts an assessment on any set of skills (a campaign's target
 * profile, a certification's draw), across competences and frameworks, with its method
 * and limits ({@link AssessmentOptions}). The learner then answers through the usual
 * assessment calls; {@link org.acquis.evaluation.AssessmentCompleted} tells when it is
 * over, {@link AssessmentSummaries} what it holds.
 */
@Component
@NamedInterface("assessment")
public class StartAssessment {

	private final Assessments assessments;

	private final AssessmentMethods methods;

	private final ContentBank bank;

	private final Clock clock;

	private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

	StartAssessment(Assessments assessments, AssessmentMethods methods, ContentBank bank, Clock clock) {
		this.assessments = assessments;
		this.methods = methods;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional
	public UUID start(AssessmentOptions options) {
		var skills = options.skillIds().stream().distinct().sorted().toList();
		if (skills.isEmpty() || skills.stream().anyMatch(id -> this.bank.skill(id).isEmpty())) {
			throw DomainException.badInput("SKILLS_UNKNOWN");
		}
		var method = options.method() == null ? this.methods.defaultMethod() : options.method();
		if (!this.methods.installed(method)) {
			throw DomainException.badInput("METHOD_UNKNOWN", method);
		}
		if (options.questionLimit() != null && options.questionLimit() < 1) {
			throw DomainException.badInput("QUESTION_LIMIT_INVALID");
		}
		var now = this.clock.instant();
		if (options.deadline() != null && !options.deadline().isAfter(now)) {
			throw DomainException.badInput("DEADLINE_INVALID");
		}
		var framework = this.bank.tube(this.bank.skill(skills.get(0)).orElseThrow().tube())
			.map(t -> t.framework())
			.orElse(ContentBank.CORE);
		var rules = new Assessment.Rules(method, options.questionLimit(), options.deadline(),
				options.countsInProfile());
		var assessment = new Assessment(UUID.randomUUID(), options.userId(), options.purpose().type,
				Assessment.State.STARTED, null, framework, skills, this.random.nextLong(), null, null, null, false, 0,
				false, now, rules);
		this.assessments.insert(assessment);
		return assessment.id();
	}

}
