package org.acquis.certification.session;

/**
 * CREATED (candidates enrolled, the test runs) -> FINALIZED (the centre closed it) ->
 * IN_PROCESS (a jury member took it) -> PROCESSED (results published).
 */
public enum SessionStatus {

	CREATED, FINALIZED, IN_PROCESS, PROCESSED

}
