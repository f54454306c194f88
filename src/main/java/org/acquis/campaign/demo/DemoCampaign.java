package org.acquis.campaign.demo;

import java.util.List;
import java.util.UUID;

import org.acquis.campaign.CampaignSettings;
import org.acquis.campaign.campaign.CreateCampaign;
import org.acquis.campaign.targetprofile.TargetProfiles;
import org.acquis.identity.UserDirectory;
import org.acquis.organization.MemberOrganization;
import org.acquis.organization.Memberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo profile ({@code acquis.campaign.demo-campaign}): the demo school's
 * teacher ({@code enseignant@acquis.demo}, made admin of the school by the organization
 * module's demo, which runs before) owns a campaign "Découverte 6e" in which a few pupils
 * shared results, so that the results pages have something to show on the first login.
 * The pupils' results are demo data written by {@link DemoParticipants} (no account
 * answered them); the demo pupil {@code eleve@acquis.demo} can join with the code printed
 * here and take the test for real. Made once: a restart finds the campaign by its name.
 */
@Component
class DemoCampaign {

	static final String TEACHER = "enseignant@acquis.demo";

	static final String NAME = "Découverte 6e – rentrée";

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final boolean enabled;

	private final UserDirectory users;

	private final Memberships memberships;

	private final TargetProfiles profiles;

	private final CreateCampaign create;

	private final DemoParticipants participants;

	DemoCampaign(CampaignSettings settings, UserDirectory users, Memberships memberships, TargetProfiles profiles,
			CreateCampaign create, DemoParticipants participants) {
		this.enabled = settings.demoCampaign();
		this.users = users;
		this.memberships = memberships;
		this.profiles = profiles;
		this.create = create;
		this.participants = participants;
	}

	/** After the shipped target profiles and the organization module's demo school. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void create() {
		if (!this.enabled) {
			return;
		}
		var teacher = this.users.findByLogin(TEACHER).orElse(null);
		var school = teacher == null ? null
				: this.memberships.organizationsOf(teacher.id()).stream().findFirst().orElse(null);
		var profile = this.profiles.findByKey("SIXTH_GRADE_INITIATION").orElse(null);
		if (teacher == null || school == null || profile == null) {
			log.warn("No demo school for {} (the organization module's demo runs first): no demo campaign", TEACHER);
			return;
		}
		if (this.participants.campaignExists(school.id(), NAME)) {
			return;
		}
		var created = this.create.create(school.id(), teacher.id(),
				new CreateCampaign.Command(NAME, "ASSESSMENT", profile.id(), "Découverte du numérique en 6e",
						"Ce parcours fait le point sur vos compétences numériques. Répondez seul, sans chercher sur "
								+ "Internet : il n'y a pas de piège.",
						"Merci ! Votre professeur verra vos résultats une fois que vous les aurez envoyés.", null,
						true));
		this.participants.shareResults(created.id(), school, profile, pupils(school));
		log.info("Demo campaign \"{}\" of {}: code {} (/campagnes/{})", NAME, school.name(), created.code(),
				created.code());
	}

	private List<DemoParticipants.Pupil> pupils(MemberOrganization school) {
		var listed = this.participants.listedPupils(school.id());
		if (!listed.isEmpty()) {
			return listed;
		}
		return List.of(new DemoParticipants.Pupil(null, "Lina", "Benali", "6A"),
				new DemoParticipants.Pupil(null, "Hugo", "Bernard", "6A"),
				new DemoParticipants.Pupil(null, "Chloé", "Dubois", "6A"),
				new DemoParticipants.Pupil(null, "Nathan", "Fontaine", "6B"),
				new DemoParticipants.Pupil(null, "Inès", "Garcia", "6B"),
				new DemoParticipants.Pupil(null, "Tom", "Lefebvre", "6B"));
	}

	static UUID noAccount() {
		return UUID.randomUUID();
	}

}
