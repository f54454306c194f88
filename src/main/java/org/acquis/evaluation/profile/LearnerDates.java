package org.acquis.evaluation.profile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A day as a learner reads it in the pages ("12 décembre", "December 12"), in France's
 * time zone, where the learners are.
 */
@Component("learnerDates")
public class LearnerDates {

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	public String day(@Nullable Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		var pattern = "en".equals(locale.getLanguage()) ? "MMMM d" : "d MMMM";
		return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ZONE));
	}

}
