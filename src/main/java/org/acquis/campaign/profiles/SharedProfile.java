package org.acquis.campaign.profiles;

import java.util.List;

/** A learner's profile as sent: total pix, certifiable, level and pix per competence. */
public record SharedProfile(int pixScore, boolean certifiable, List<Competence> competences) {

	public record Competence(String code, String name, int level, int pix) {
	}

}
