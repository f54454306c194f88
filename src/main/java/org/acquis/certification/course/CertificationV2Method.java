package org.acquis.certification.course;

import java.util.Optional;

import org.acquis.evaluation.domain.AssessmentMethod;
import org.acquis.evaluation.domain.Challenge;
import org.acquis.evaluation.domain.MethodInput;
import org.springframework.stereotype.Component;

/**
 * The certification's method behind evaluation's seam: the challenges drawn when the
 * course started, in their order, one per answer; nothing more once the invigilator ended
 * the test.
 */
@Component
class CertificationV2Method implements AssessmentMethod {

	static final String NAME = "certification-v2";

	private final CertificationCourses courses;

	CertificationV2Method(CertificationCourses courses) {
		this.courses = courses;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Challenge> next(MethodInput input) {
		var assessmentId = input.assessmentId();
		if (assessmentId == null) {
			return Optional.empty();
		}
		var course = this.courses.ofAssessment(assessmentId)
			.filter(c -> c.status() != CourseStatus.ENDED_BY_INVIGILATOR);
		if (course.isEmpty()) {
			return Optional.empty();
		}
		var draw = this.courses.draw(course.get().id());
		if (input.answers() >= draw.size()) {
			return Optional.empty();
		}
		var drawn = draw.get(input.answers());
		return input.playable()
			.stream()
			.filter(c -> c.id().equals(drawn.challengeId()))
			.findFirst()
			// a challenge withdrawn since the draw: another one of its skill
			.or(() -> input.playable().stream().filter(c -> c.skillId().equals(drawn.skillId())).findFirst());
	}

}
