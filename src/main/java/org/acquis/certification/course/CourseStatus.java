package org.acquis.certification.course;

/**
 * A candidate's course: joined and waiting for the invigilator, authorised, started (the
 * test runs), ended by the invigilator, or completed (every question answered or the time
 * over).
 */
public enum CourseStatus {

	WAITING_AUTHORIZATION, AUTHORIZED, STARTED, ENDED_BY_INVIGILATOR, COMPLETED

}
