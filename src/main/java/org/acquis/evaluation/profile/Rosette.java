package org.acquis.evaluation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rosette of the profile, drawn on the server as SVG (no script needed): one sector
 * per competence, coloured by its area, as long as its level; a faint full sector behind
 * it so that the areas show before any evaluation; the rings of the levels; each
 * competence's code and level around it.
 */
record Rosette(List<Sector> sectors, List<String> rings) {

	static final double CENTRE = 180;

	static final double RADIUS = 120;

	static final double LABEL_RADIUS = RADIUS + 26;

	/**
	 * One competence: its area, its full sector and its level's sector (empty at level
	 * 0), where its code and level are written.
	 */
	record Sector(String code, String area, int level, String background, String path, double labelX, double labelY) {
	}

	static Rosette of(Profile profile) {
		var cards = profile.competences();
		var sectors = new ArrayList<Sector>();
		double width = 2 * Math.PI / cards.size();
		for (int i = 0; i < cards.size(); i++) {
			var card = cards.get(i);
			double from = -Math.PI / 2 + width * i;
			double middle = from + width / 2;
			double reach = RADIUS * card.level() / profile.maxLevel();
			sectors.add(new Sector(card.code(), card.area(), card.level(), wedge(from, from + width, RADIUS),
					card.level() == 0 ? "" : wedge(from, from + width, reach), x(middle, LABEL_RADIUS),
					y(middle, LABEL_RADIUS)));
		}
		var rings = new ArrayList<String>();
		for (int level = 1; level <= profile.maxLevel(); level++) {
			rings.add(number(RADIUS * level / profile.maxLevel()));
		}
		return new Rosette(sectors, rings);
	}

	/** A pie slice from the centre, between two angles, of radius r. */
	private static String wedge(double from, double to, double r) {
		return "M" + number(CENTRE) + "," + number(CENTRE) + " L" + point(from, r) + " A" + number(r) + "," + number(r)
				+ " 0 0 1 " + point(to, r) + " Z";
	}

	private static String point(double angle, double r) {
		return number(x(angle, r)) + "," + number(y(angle, r));
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static double x(double angle, double r) {
		return Math.round((CENTRE + r * Math.cos(angle)) * 10) / 10.0;
	}

	private static double y(double angle, double r) {
		return Math.round((CENTRE + r * Math.sin(angle)) * 10) / 10.0;
	}

}
