package org.acquis.organization.learnerimport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A full list replaces the previous one, in one transaction: learners are matched by INE,
 * new ones created, changed ones updated (a disabled one comes back), and those missing
 * from the list disabled, never deleted. The same list twice changes nothing.
 */
@Component
class ApplyLearnerList {

	record Counts(int created, int updated, int disabled) {
	}

	private static final String COLUMNS = "first_name, second_first_name, third_first_name, last_name, usage_name, sex, "
			+ "birth_date, birth_city_code, birth_city, birth_department, birth_country_code, mef_code, status, division, groups";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LearnerImports imports;

	ApplyLearnerList(JdbcTemplate jdbc, Clock clock, LearnerImports imports) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.imports = imports;
	}

	/** Applies the list and marks the import IMPORTED, in one transaction. */
	@Transactional
	Counts apply(UUID importId, UUID organizationId, List<ImportedLearner> learners) {
		// one import of an organisation at a time
		this.jdbc.queryForList("SELECT id FROM organization WHERE id = ? FOR UPDATE", organizationId);
		var existing = existing(organizationId);
		var now = Timestamp.from(this.clock.instant());
		var inserts = new ArrayList<Object[]>();
		var updates = new ArrayList<Object[]>();
		for (var learner : learners) {
			var key = learner.nationalId().toUpperCase(Locale.ROOT);
			var known = existing.get(key);
			if (known == null) {
				inserts.add(row(UUID.randomUUID(), organizationId, learner.nationalId(), learner, now));
			}
			else if (!known.active() || !known.values().equals(values(learner))) {
				updates.add(updateRow(learner, now, known.id()));
			}
		}
		this.jdbc.batchUpdate("INSERT INTO organization_learner (id, organization_id, national_id, " + COLUMNS
				+ ", active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
				inserts);
		this.jdbc.batchUpdate(
				"UPDATE organization_learner SET (" + COLUMNS
						+ ", active, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?) WHERE id = ?",
				updates);
		var kept = new java.util.HashSet<String>();
		learners.forEach(l -> kept.add(l.nationalId().toUpperCase(Locale.ROOT)));
		var missing = new ArrayList<Object[]>();
		existing.forEach((key, known) -> {
			if (known.active() && !kept.contains(key)) {
				missing.add(new Object[] { now, known.id() });
			}
		});
		this.jdbc.batchUpdate("UPDATE organization_learner SET active = FALSE, updated_at = ? WHERE id = ?", missing);
		var counts = new Counts(inserts.size(), updates.size(), missing.size());
		this.imports.finish(importId, LearnerImports.Status.IMPORTED, learners.size(), counts.created(),
				counts.updated(), counts.disabled(), List.of());
		return counts;
	}

	private record Known(UUID id, boolean active, List<Object> values) {
	}

	private Map<String, Known> existing(UUID organizationId) {
		var existing = new HashMap<String, Known>();
		this.jdbc.query("SELECT id, national_id, active, " + COLUMNS
				+ " FROM organization_learner WHERE organization_id = ? AND national_id IS NOT NULL", rs -> {
					var values = new ArrayList<Object>();
					for (int i = 4; i <= 18; i++) {
						var value = rs.getObject(i);
						values.add(value instanceof Date date ? date.toLocalDate()
								: value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
					}
					existing.put(rs.getString("national_id").toUpperCase(Locale.ROOT),
							new Known(rs.getObject("id", UUID.class), rs.getBoolean("active"), values));
				}, organizationId);
		return existing;
	}

	private static List<Object> values(ImportedLearner l) {
		return java.util.Arrays.asList(l.firstName(), l.secondFirstName(), l.thirdFirstName(), l.lastName(),
				l.usageName(), l.sex(), l.birthDate(), l.birthCityCode(), l.birthCity(), l.birthDepartment(),
				l.birthCountryCode(), l.mefCode(), l.status(), l.division(), l.groups());
	}

	private static Object[] row(UUID id, UUID organizationId, String nationalId, ImportedLearner learner,
			Timestamp now) {
		var row = new ArrayList<Object>(List.of(id, organizationId, nationalId));
		values(learner).forEach(v -> row.add(jdbcValue(v)));
		row.add(now);
		row.add(now);
		return row.toArray();
	}

	private static Object[] updateRow(ImportedLearner learner, Timestamp now, UUID id) {
		var row = new ArrayList<Object>();
		values(learner).forEach(v -> row.add(jdbcValue(v)));
		row.add(now);
		row.add(id);
		return row.toArray();
	}

	private static @org.jspecify.annotations.Nullable Object jdbcValue(
			@org.jspecify.annotations.Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toArray(String[]::new);
		}
		return value instanceof java.time.LocalDate date ? Date.valueOf(date) : value;
	}

}
