package org.acquis.certification.course;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.springframework.stereotype.Component;

/**
 * Where a course stands now: its status (completed once its assessment is), the answers
 * given out of those drawn, the time left.
 */
@Component
public class CourseProgress {

	private final CertificationCourses courses;

	private final AssessmentSummaries summaries;

	private final Clock clock;

	CourseProgress(CertificationCourses courses, AssessmentSummaries summaries, Clock clock) {
		this.courses = courses;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** A course's state as shown to its candidate and to the invigilator. */
	public record Progress(CourseStatus status, int answers, int challenges, long remainingSeconds) {
	}

	public Progress of(CertificationCourse course) {
		if (course.assessmentId() == null || course.deadline() == null) {
			return new Progress(course.status(), 0, 0, 0);
		}
		var summary = this.summaries.of(course.assessmentId()).orElseThrow();
		var status = course.status() == CourseStatus.STARTED && summary.completed() ? CourseStatus.COMPLETED
				: course.status();
		long remaining = status == CourseStatus.STARTED
				? Math.max(0, Duration.between(this.clock.instant(), course.deadline()).toSeconds()) : 0;
		return new Progress(status, summary.answers().size(), this.courses.draw(course.id()).size(), remaining);
	}

	public Progress of(UUID courseId) {
		return of(this.courses.find(courseId).orElseThrow());
	}

}
