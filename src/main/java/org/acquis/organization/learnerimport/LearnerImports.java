package org.acquis.organization.learnerimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The imports of learner files: the upload until it has run, then its report. */
@Component
class LearnerImports {

	enum Status {

		PENDING, RUNNING, IMPORTED, FAILED

	}

	record LearnerImport(UUID id, UUID organizationId, ImportFormat format, Status status, int progress, int created,
			int updated, int disabled, List<ImportError> errors, Instant createdAt) {
	}

	/** What a run needs: the file, its format, the school's UAI. */
	record Work(UUID organizationId, ImportFormat format, ImportMode mode, byte[] file, @Nullable String uai) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	LearnerImports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(UUID id, UUID organizationId, ImportFormat format, ImportMode mode, byte[] file, UUID importedBy) {
		var now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO organization_learner_import
				  (id, organization_id, format, mode, status, file, imported_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""")
			.params(id, organizationId, format.name(), mode.name(), file, importedBy, now, now)
			.update();
	}

	/**
	 * Takes an import for this run; empty when it has run. A RUNNING one is taken again:
	 * the scheduler runs an execution again only when the node that ran it died.
	 */
	Optional<Work> claim(UUID id) {
		int claimed = this.jdbc.sql("""
				UPDATE organization_learner_import SET status = 'RUNNING', updated_at = ?
				WHERE id = ? AND status IN ('PENDING', 'RUNNING')""")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT i.organization_id, i.format, i.mode, i.file, o.uai
				FROM organization_learner_import i JOIN organization o ON o.id = i.organization_id WHERE i.id = ?""")
			.param(id)
			.query((rs, row) -> new Work(rs.getObject("organization_id", UUID.class),
					ImportFormat.valueOf(rs.getString("format")), ImportMode.of(rs.getString("mode")).orElseThrow(),
					rs.getBytes("file"), rs.getString("uai")))
			.optional();
	}

	void progress(UUID id, int read) {
		this.jdbc.sql("UPDATE organization_learner_import SET progress = ?, updated_at = ? WHERE id = ?")
			.params(read, Timestamp.from(this.clock.instant()), id)
			.update();
	}

	void finish(UUID id, Status status, int read, int created, int updated, int disabled, List<ImportError> errors) {
		this.jdbc.sql("""
				UPDATE organization_learner_import
				SET status = ?, file = NULL, progress = ?, created = ?, updated = ?, disabled = ?,
				    errors = CAST(? AS JSONB), updated_at = ?
				WHERE id = ?""")
			.params(status.name(), read, created, updated, disabled, JSON.writeValueAsString(errors),
					Timestamp.from(this.clock.instant()), id)
			.update();
	}

	Optional<LearnerImport> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("""
				SELECT id, organization_id, format, status, progress, created, updated, disabled, errors, created_at
				FROM organization_learner_import WHERE organization_id = ? AND id = ?""")
			.params(organizationId, id)
			.query((rs, row) -> new LearnerImport(rs.getObject("id", UUID.class),
					rs.getObject("organization_id", UUID.class), ImportFormat.valueOf(rs.getString("format")),
					Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getInt("created"),
					rs.getInt("updated"), rs.getInt("disabled"),
					JSON.readValue(rs.getString("errors"), new TypeReference<List<ImportError>>() {
					}), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

}
