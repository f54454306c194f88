package org.acquis.evaluation.profile;

import java.util.List;

import org.acquis.referential.Framework;

/**
 * One area (domain) of the framework on the profile page, with its competences' cards in
 * the framework's order.
 */
record AreaGroup(String code, String name, List<Scorecard> competences) {

	static List<AreaGroup> of(Framework framework, Profile profile) {
		return framework.areas()
			.stream()
			.map(area -> new AreaGroup(area.code(), area.name(),
					profile.competences().stream().filter(card -> card.area().equals(area.code())).toList()))
			.filter(group -> !group.competences().isEmpty())
			.toList();
	}

}
