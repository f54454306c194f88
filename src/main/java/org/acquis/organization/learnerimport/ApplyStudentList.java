package org.acquis.organization.learnerimport;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A higher-education list, in one transaction, keyed by student number (case ignored):
 * new students created, changed ones updated (a disabled one comes back); in REPLACE mode
 * the students with a number missing from the file are disabled, never deleted (learners
 * typed by hand, without a number, are left alone). The same file twice changes nothing.
 */
@Component
class ApplyStudentList {

	private static final String COLUMNS = "first_name, second_first_name, last_name, usage_name, birth_date, email, "
			+ "diploma, groups";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LearnerImports imports;

	ApplyStudentList(JdbcTemplate jdbc, Clock clock, LearnerImports imports) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.imports = imports;
	}

	private record Known(UUID id, boolean active, List<@Nullable Object> values) {
	}

	@Transactional
	void apply(UUID importId, UUID organizationId, List<ImportedStudent> students, ImportMode mode) {
		this.jdbc.queryForList("SELECT id FROM organization WHERE id = ? FOR UPDATE", organizationId);
		var existing = existing(organizationId);
		var now = Timestamp.from(this.clock.instant());
		var inserts = new ArrayList<Object[]>();
		var updates = new ArrayList<Object[]>();
		var kept = new HashSet<String>();
		for (var student : students) {
			var key = student.studentNumber().toLowerCase(Locale.ROOT);
			kept.add(key);
			var known = existing.get(key);
			var values = values(student);
			if (known == null) {
				var row = new ArrayList<@Nullable Object>(
						List.of(UUID.randomUUID(), organizationId, student.studentNumber()));
				row.addAll(jdbcValues(values));
				row.add(now);
				row.add(now);
				inserts.add(row.toArray());
			}
			else if (!known.active() || !known.values().equals(values)) {
				var row = new ArrayList<@Nullable Object>(jdbcValues(values));
				row.add(now);
				row.add(known.id());
				updates.add(row.toArray());
			}
		}
		this.jdbc.batchUpdate(
				"INSERT INTO organization_learner (id, organization_id, student_number, " + COLUMNS
						+ ", active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
				inserts);
		this.jdbc.batchUpdate("UPDATE organization_learner SET (" + COLUMNS
				+ ", active, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?) WHERE id = ?", updates);
		var missing = new ArrayList<Object[]>();
		if (mode == ImportMode.REPLACE) {
			existing.forEach((key, known) -> {
				if (known.active() && !kept.contains(key)) {
					missing.add(new Object[] { now, known.id() });
				}
			});
		}
		this.jdbc.batchUpdate("UPDATE organization_learner SET active = FALSE, updated_at = ? WHERE id = ?", missing);
		this.imports.finish(importId, LearnerImports.Status.IMPORTED, students.size(), inserts.size(), updates.size(),
				missing.size(), List.of());
	}

	private Map<String, Known> existing(UUID organizationId) {
		var existing = new HashMap<String, Known>();
		this.jdbc.query("SELECT id, student_number, active, " + COLUMNS
				+ " FROM organization_learner WHERE organization_id = ? AND student_number IS NOT NULL", rs -> {
					var values = new ArrayList<@Nullable Object>();
					for (int i = 4; i <= 11; i++) {
						values.add(read(rs.getObject(i)));
					}
					existing.put(rs.getString("student_number").toLowerCase(Locale.ROOT),
							new Known(rs.getObject("id", UUID.class), rs.getBoolean("active"), values));
				}, organizationId);
		return existing;
	}

	private static @Nullable Object read(@Nullable Object value) throws SQLException {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Array array) {
			return Arrays.asList((Object[]) array.getArray());
		}
		return value;
	}

	private static List<@Nullable Object> values(ImportedStudent s) {
		return Arrays.asList(s.firstName(), s.secondFirstName(), s.lastName(), s.usageName(), s.birthDate(), s.email(),
				s.diploma(), s.group() == null ? List.of() : List.of(s.group()));
	}

	private static List<@Nullable Object> jdbcValues(List<@Nullable Object> values) {
		var converted = new ArrayList<@Nullable Object>();
		values.forEach(value -> converted.add(jdbcValue(value)));
		return converted;
	}

	private static @Nullable Object jdbcValue(@Nullable Object value) {
		if (value instanceof java.time.LocalDate date) {
			return Date.valueOf(date);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Objects::toString).toArray(String[]::new);
		}
		return value;
	}

}
