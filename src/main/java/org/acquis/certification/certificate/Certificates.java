package org.acquis.certification.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates read from the results of published sessions only: before the jury
 * publishes, and after it withdraws a publication, there is none.
 */
@Repository
class Certificates {

	private static final String SELECT = """
			SELECT k.id, k.user_id, r.verification_code, r.status, r.pix_score, r.competences::text,
			  c.first_name, c.last_name, c.birth_date, c.birth_city, c.birth_country, z.name, s.date
			FROM certification_result r
			JOIN certification_course k ON k.id = r.course_id
			JOIN certification_candidate c ON c.id = k.candidate_id
			JOIN certification_session s ON s.id = k.session_id
			JOIN certification_center z ON z.id = s.center_id
			WHERE s.published_at IS NOT NULL AND\s""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Certificates(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The learner's certificates, the latest session first. */
	List<Certificate> of(UUID owner) {
		return this.jdbc.sql(SELECT + "k.user_id = ? ORDER BY s.date DESC, s.id DESC")
			.param(owner)
			.query(this::certificate)
			.list();
	}

	/** One of the learner's certificates; another's does not exist for them. */
	Optional<Certificate> of(UUID owner, UUID id) {
		return this.jdbc.sql(SELECT + "k.user_id = ? AND k.id = ?")
			.params(owner, id)
			.query(this::certificate)
			.optional();
	}

	Optional<Certificate> byCode(String verificationCode) {
		return this.jdbc.sql(SELECT + "r.verification_code = ?")
			.param(verificationCode)
			.query(this::certificate)
			.optional();
	}

	private Certificate certificate(ResultSet rs, int row) throws SQLException {
		var scores = List.of(this.json.readValue(rs.getString(6), Certificate.Scored[].class));
		return new Certificate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getInt(5), Certificate.levels(scores), rs.getString(7), rs.getString(8),
				rs.getDate(9).toLocalDate(), birthPlace(rs.getString(10), rs.getString(11)), rs.getString(12),
				rs.getDate(13).toLocalDate());
	}

	private static @org.jspecify.annotations.Nullable String birthPlace(@org.jspecify.annotations.Nullable String city,
			@org.jspecify.annotations.Nullable String country) {
		if (city == null || city.isBlank()) {
			return null;
		}
		return country == null || country.isBlank() ? city : city + " (" + country + ")";
	}

}
