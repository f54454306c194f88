package org.acquis.certification.center;

import java.time.Clock;
import java.util.UUID;

import org.acquis.identity.UserDirectory;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The back office creates centres and gives them members. */
@Component
public class ManageCenters {

	static final int MAX_NAME = 200;

	private final CertificationCenters centers;

	private final UserDirectory users;

	private final Clock clock;

	ManageCenters(CertificationCenters centers, UserDirectory users, Clock clock) {
		this.centers = centers;
		this.users = users;
		this.clock = clock;
	}

	@Transactional
	public UUID create(@Nullable String name, @Nullable String type, @Nullable UUID organizationId) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw DomainException.badInput("CENTER_NAME_INVALID");
		}
		var center = new Center(UUID.randomUUID(), name.strip(), type(type), organizationId, this.clock.instant());
		this.centers.insert(center);
		return center.id();
	}

	@Transactional
	public void putMember(UUID centerId, @Nullable UUID userId, @Nullable String role) {
		this.centers.find(centerId).orElseThrow(() -> DomainException.notFound("CENTER_NOT_FOUND"));
		if (userId == null || this.users.find(userId).isEmpty()) {
			throw DomainException.badInput("USER_UNKNOWN");
		}
		this.centers.putMember(centerId, userId, role(role), this.clock.instant());
	}

	private static CenterType type(@Nullable String type) {
		try {
			return CenterType.valueOf(type == null ? "" : type);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("CENTER_TYPE_INVALID");
		}
	}

	private static CenterRole role(@Nullable String role) {
		try {
			return CenterRole.valueOf(role == null ? "" : role);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badInput("CENTER_ROLE_INVALID");
		}
	}

}
