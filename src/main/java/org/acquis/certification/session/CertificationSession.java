package org.acquis.certification.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certification session of a centre; its number ({@code id}) is what candidates and the
 * invigilator type. The access code and the invigilator password are shown to the centre.
 */
public record CertificationSession(long id, UUID centerId, Details details, String accessCode,
		String invigilatorPassword, SessionStatus status, @Nullable String examinerComment,
		@Nullable Instant finalizedAt, Instant createdAt) {

	/** What the centre types about the session. */
	public record Details(String address, String room, LocalDate date, LocalTime time, String examiner,
			String description) {
	}

	public boolean editable() {
		return this.status == SessionStatus.CREATED;
	}

}
