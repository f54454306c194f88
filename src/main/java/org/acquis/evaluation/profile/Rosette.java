package org.acquis.evaluation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The radar chart of the profile, drawn on the server as SVG coordinates (no script
 * needed).
 */
record Rosette(String polygon, List<Axis> axes, List<String> rings) {

	static final double CENTRE = 160;

	static final double RADIUS = 120;

	record Axis(String code, double x, double y, double labelX, double labelY, int level) {
	}

	static Rosette of(Profile profile) {
		var cards = profile.competences();
		var axes = new ArrayList<Axis>();
		var points = new StringBuilder();
		for (int i = 0; i < cards.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / cards.size();
			var card = cards.get(i);
			double share = (double) card.level() / profile.maxLevel();
			points.append(point(angle, RADIUS * share)).append(' ');
			axes.add(new Axis(card.code(), x(angle, RADIUS), y(angle, RADIUS), x(angle, RADIUS + 18),
					y(angle, RADIUS + 18) + 4, card.level()));
		}
		var rings = new ArrayList<String>();
		for (int level = 1; level <= profile.maxLevel(); level++) {
			var ring = new StringBuilder();
			for (int i = 0; i < cards.size(); i++) {
				double angle = -Math.PI / 2 + 2 * Math.PI * i / cards.size();
				ring.append(point(angle, RADIUS * level / profile.maxLevel())).append(' ');
			}
			rings.add(ring.toString().trim());
		}
		return new Rosette(points.toString().trim(), axes, rings);
	}

	private static String point(double angle, double r) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x(angle, r), y(angle, r));
	}

	private static double x(double angle, double r) {
		return Math.round((CENTRE + r * Math.cos(angle)) * 10) / 10.0;
	}

	private static double y(double angle, double r) {
		return Math.round((CENTRE + r * Math.sin(angle)) * 10) / 10.0;
	}

}
