package org.acquis.organization.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.acquis.organization.OrganizationType;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The back office registers an organisation (a school's UAI is 7 digits and a letter).
 */
@Component
public class CreateOrganization {

	private static final Pattern UAI = Pattern.compile("[0-9]{7}[A-Z]");

	private final JdbcClient jdbc;

	private final Clock clock;

	CreateOrganization(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Command(@Nullable String name, @Nullable String type, @Nullable String uai, boolean managesStudents,
			@Nullable List<String> tags) {
	}

	public UUID create(Command command) {
		var name = command.name() == null ? "" : command.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.badInput("ORGANIZATION_NAME_INVALID");
		}
		var type = OrganizationType.fromCode(command.type() == null ? "" : command.type())
			.orElseThrow(() -> DomainException.badInput("ORGANIZATION_TYPE_INVALID"));
		var uai = command.uai() == null || command.uai().isBlank() ? null
				: command.uai().strip().toUpperCase(Locale.ROOT);
		if (uai != null && !UAI.matcher(uai).matches()) {
			throw DomainException.badInput("ORGANIZATION_UAI_INVALID");
		}
		var tags = command.tags() == null ? List.<String>of() : command.tags();
		if (tags.size() > 20 || tags.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 50)) {
			throw DomainException.badInput("ORGANIZATION_TAGS_INVALID");
		}
		var id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO organization (id, name, type, uai, manages_students, tags, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, type.code(), uai, command.managesStudents(), tags.toArray(String[]::new),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/** The organisation with this UAI, if there is one (the demo school). */
	public java.util.Optional<UUID> findByUai(String uai) {
		return this.jdbc.sql("SELECT id FROM organization WHERE uai = ? ORDER BY created_at LIMIT 1")
			.param(uai)
			.query(UUID.class)
			.optional();
	}

}
