package org.acquis.referential;

/** A progression of skills on one topic, inside a competence. */
public record Tube(String name, String framework, String competence, String thematic, String titleFr, String titleEn) {

	public String title(String language) {
		return "en".equals(language) ? this.titleEn : this.titleFr;
	}

}
