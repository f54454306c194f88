package org.acquis.campaign.targetprofile;

import java.util.List;

import org.acquis.campaign.targetprofile.CreateTargetProfile.Cap;
import org.acquis.campaign.targetprofile.CreateTargetProfile.StageInput;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The target profiles the product ships, offered to every organisation and known by a
 * stable key: made at start-up when their key is missing, never changed afterwards.
 */
@Component
class ShippedTargetProfiles {

	static final List<StageInput> STAGES = List.of(new StageInput(0, "Premiers pas", "Vous découvrez ces compétences."),
			new StageInput(30, "En route", "Vous maîtrisez déjà une partie des acquis visés."),
			new StageInput(60, "Bien parti", "Vous maîtrisez la plupart des acquis visés."),
			new StageInput(90, "Objectif atteint", "Vous maîtrisez presque tous les acquis visés."));

	static final List<CreateTargetProfile.Command> SHIPPED = List.of(new CreateTargetProfile.Command(
			"SIXTH_GRADE_INITIATION", "Découverte 6e",
			"Un premier tour des cinq domaines du cadre de référence, jusqu'au niveau 2, pour l'entrée au collège.",
			caps(2, "1.1", "2.1", "3.1", "4.1", "5.1"), null, STAGES),
			new CreateTargetProfile.Command("SIXTH_GRADE_PROTECTION", "Protection et sécurité 6e",
					"Sécuriser son environnement, protéger ses données et sa santé, jusqu'au niveau 3.",
					caps(3, "4.1", "4.2", "4.3"), null, STAGES),
			new CreateTargetProfile.Command("NINTH_GRADE_BILAN", "Parcours 3e",
					"Le bilan de fin de collège : informations, communication, création, protection et environnement "
							+ "numérique, jusqu'au niveau 4.",
					caps(4, "1.1", "1.3", "2.1", "2.2", "3.1", "3.3", "4.1", "4.2", "5.2"), null, STAGES));

	private final CreateTargetProfile create;

	private final TargetProfiles profiles;

	ShippedTargetProfiles(CreateTargetProfile create, TargetProfiles profiles) {
		this.create = create;
		this.profiles = profiles;
	}

	/** Before the demo campaigns, which use them. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void ship() {
		for (var profile : SHIPPED) {
			if (profile.key() != null && this.profiles.findByKey(profile.key()).isEmpty()) {
				this.create.create(profile);
			}
		}
	}

	private static List<Cap> caps(int level, String... competences) {
		return java.util.Arrays.stream(competences).map(c -> new Cap(c, level)).toList();
	}

}
