package org.acquis.campaign.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.acquis.campaign.campaign.Campaign;
import org.acquis.campaign.mastery.Mastery;
import org.acquis.campaign.profiles.SharedProfiles;
import org.acquis.campaign.targetprofile.TargetProfile;
import org.acquis.campaign.targetprofile.TargetProfileSkills;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.referential.Skill;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign's CSV (domain.md §6): UTF-8 with a BOM, {@code ;} between cells, one row per
 * learner's current participation, written as the rows are read (a cursor of 1,000 rows,
 * never the whole campaign in memory). Every text cell is neutralised ({@link CsvCells}).
 */
@Component
class CampaignExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Europe/Paris"));

	/**
	 * The participations are sorted first (narrow rows), then each one's shared skills
	 * are counted as it comes: the order is already right, so the first rows flow at once
	 * (sorting the joined rows instead would read every participation's skills before the
	 * first byte).
	 */
	private static final String ROWS = """
			SELECT p.id, p.last_name, p.first_name, p.division, p.external_id, p.status, p.shared_at, p.mastery_rate,
			  (SELECT string_agg(b.title, ', ' ORDER BY b.created_at, b.key) FROM campaign_acquired_badge a
			   JOIN campaign_badge b ON b.id = a.badge_id WHERE a.participation_id = p.id) AS badges,
			  c.competence_code, c.v, c.t
			FROM (SELECT * FROM campaign_participation WHERE campaign_id = ? AND NOT improved
			  ORDER BY last_name, first_name, id) p
			LEFT JOIN LATERAL (SELECT competence_code, count(*) FILTER (WHERE validated) AS v, count(*) AS t
			  FROM campaign_shared_skill WHERE participation_id = p.id GROUP BY competence_code
			  ORDER BY competence_code) c ON TRUE
			ORDER BY p.last_name, p.first_name, p.id, c.competence_code""";

	/** A profiles collection's rows: one per competence sent. */
	private static final String PROFILE_ROWS = """
			SELECT p.id, p.last_name, p.first_name, p.division, p.external_id, p.status, p.shared_at, p.pix_score,
			  p.certifiable, c.competence_code, c.level, c.pix
			FROM campaign_participation p
			LEFT JOIN campaign_shared_competence c ON c.participation_id = p.id
			WHERE p.campaign_id = ? AND NOT p.improved
			ORDER BY p.last_name, p.first_name, p.id, c.competence_code""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final MessageSource messages;

	private final SharedProfiles sharedProfiles;

	CampaignExport(javax.sql.DataSource dataSource, TransactionTemplate transactions, TargetProfiles profiles,
			TargetProfileSkills skills, MessageSource messages, SharedProfiles sharedProfiles) {
		this.sharedProfiles = sharedProfiles;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.transactions = transactions;
		this.profiles = profiles;
		this.skills = skills;
		this.messages = messages;
	}

	void write(Campaign campaign, Locale locale, OutputStream out) throws IOException {
		var profile = campaign.targetProfileId() == null ? null
				: this.profiles.find(campaign.targetProfileId()).orElseThrow();
		var collection = campaign.type() == Campaign.Type.PROFILES_COLLECTION;
		var competences = collection ? this.sharedProfiles.competenceCodes() : profile == null ? List.<String>of()
				: this.skills.of(profile).stream().map(Skill::competence).distinct().sorted().toList();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		var csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
		csv.printRecord(header(campaign, competences, locale));
		var rows = new Rows(csv, campaign, competences, profile == null ? List.of() : profile.stages(), locale);
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.query(collection ? PROFILE_ROWS : ROWS, rows::add, campaign.id());
		});
		rows.flush();
		csv.flush();
	}

	private List<String> header(Campaign campaign, List<String> competences, Locale locale) {
		var header = new ArrayList<String>();
		for (var key : List.of("lastName", "firstName", "division")) {
			header.add(message("campaign.csv." + key, locale));
		}
		if (campaign.externalIdLabel() != null) {
			header.add(CsvCells.neutralised(campaign.externalIdLabel()));
		}
		if (campaign.type() == Campaign.Type.PROFILES_COLLECTION) {
			for (var key : List.of("status", "sharedAt", "pix", "certifiable")) {
				header.add(message("campaign.csv." + key, locale));
			}
			competences.forEach(c -> {
				header.add(message("campaign.csv.level", locale, c));
				header.add(message("campaign.csv.competencePix", locale, c));
			});
			return header;
		}
		for (var key : List.of("status", "sharedAt", "stage", "badges", "mastery")) {
			header.add(message("campaign.csv." + key, locale));
		}
		competences.forEach(c -> header.add(message("campaign.csv.competence", locale, c)));
		return header;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Gathers the rows of one participation (one per competence) into one record. */
	private final class Rows {

		private final CSVPrinter csv;

		private final Campaign campaign;

		private final List<String> competences;

		private final List<TargetProfile.Stage> stages;

		private final Locale locale;

		private final boolean collection;

		private @Nullable UUID current;

		private final List<String> identity = new ArrayList<>();

		private final Map<String, String> byCompetence = new HashMap<>();

		Rows(CSVPrinter csv, Campaign campaign, List<String> competences, List<TargetProfile.Stage> stages,
				Locale locale) {
			this.csv = csv;
			this.campaign = campaign;
			this.competences = competences;
			this.stages = stages;
			this.locale = locale;
			this.collection = campaign.type() == Campaign.Type.PROFILES_COLLECTION;
		}

		void add(ResultSet rs) throws SQLException {
			var id = rs.getObject(1, UUID.class);
			if (!id.equals(this.current)) {
				flush();
				this.current = id;
				start(rs);
			}
			var competence = rs.getString("competence_code");
			if (competence != null && this.collection) {
				this.byCompetence.put(competence, rs.getInt("level") + ";" + rs.getInt("pix"));
			}
			else if (competence != null) {
				long total = rs.getLong("t");
				this.byCompetence.put(competence,
						String.valueOf(total == 0 ? 0 : Math.floorDiv(rs.getLong("v") * 100, total)));
			}
		}

		private void start(ResultSet rs) throws SQLException {
			this.identity.clear();
			this.byCompetence.clear();
			this.identity.add(CsvCells.neutralised(rs.getString("last_name")));
			this.identity.add(CsvCells.neutralised(rs.getString("first_name")));
			this.identity.add(CsvCells.neutralised(rs.getString("division")));
			if (this.campaign.externalIdLabel() != null) {
				this.identity.add(CsvCells.neutralised(rs.getString("external_id")));
			}
			this.identity.add(message("campaign.status." + rs.getString("status"), this.locale));
			var shared = rs.getTimestamp("shared_at");
			this.identity.add(shared == null ? "" : DATE.format(shared.toInstant()));
			if (this.collection) {
				var pix = rs.getObject("pix_score", Integer.class);
				var certifiable = rs.getObject("certifiable", Boolean.class);
				this.identity.add(pix == null ? "" : String.valueOf(pix));
				this.identity.add(certifiable == null ? ""
						: message(certifiable ? "campaign.csv.yes" : "campaign.csv.no", this.locale));
				return;
			}
			var rate = rs.getBigDecimal("mastery_rate");
			var stage = rate == null ? null : Mastery.stage(this.stages, rate.doubleValue());
			this.identity.add(stage == null ? "" : String.valueOf(stage.number()));
			var badges = rs.getString("badges");
			this.identity.add(badges == null ? "" : CsvCells.neutralised(badges));
			this.identity.add(rate == null ? "" : String.valueOf(rate.movePointRight(2).intValue()));
		}

		void flush() {
			if (this.current == null) {
				return;
			}
			var record = new ArrayList<>(this.identity);
			for (var c : this.competences) {
				var cell = this.byCompetence.getOrDefault(c, this.collection ? ";" : "");
				if (this.collection) {
					record.addAll(List.of(cell.split(";", -1)));
				}
				else {
					record.add(cell);
				}
			}
			try {
				this.csv.printRecord(record);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.current = null;
		}

	}

}
