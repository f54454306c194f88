package org.acquis.campaign.campaign;

import java.util.UUID;

import org.acquis.campaign.targetprofile.TargetProfileCatalogue;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation's campaigns in its space: the list, creation, archive, deletion. */
@Controller
class CampaignListPages {

	private final Memberships memberships;

	private final Campaigns campaigns;

	private final CreateCampaign create;

	private final ManageCampaign manage;

	private final CampaignAccess access;

	private final TargetProfileCatalogue catalogue;

	private final EditCampaign edit;

	CampaignListPages(Memberships memberships, Campaigns campaigns, CreateCampaign create, ManageCampaign manage,
			CampaignAccess access, TargetProfileCatalogue catalogue, EditCampaign edit) {
		this.edit = edit;
		this.memberships = memberships;
		this.campaigns = campaigns;
		this.create = create;
		this.manage = manage;
		this.access = access;
		this.catalogue = catalogue;
	}

	@GetMapping("/orga/{id}/campagnes")
	String list(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("organization", this.memberships.require(id, user.id()));
		model.addAttribute("campaigns", this.campaigns.ofOrganization(id));
		model.addAttribute("profiles", this.catalogue.of(id, user));
		return "campaign/orga-list";
	}

	@PostMapping("/orga/{id}/campagnes")
	String create(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID targetProfileId,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String landingText,
			@RequestParam(required = false) @Nullable String endText,
			@RequestParam(required = false) @Nullable String externalIdLabel,
			@RequestParam(defaultValue = "false") boolean multipleSendings,
			@RequestParam(defaultValue = "ASSESSMENT") String type, CurrentUser user, Model model) {
		try {
			var created = this.create.create(id, user.id(), new CreateCampaign.Command(name, type, targetProfileId,
					title, landingText, endText, externalIdLabel, multipleSendings));
			return "redirect:/orga/" + id + "/campagnes/" + created.id();
		}
		catch (DomainException refused) {
			if (refused.category() != org.acquis.shared.ErrorCategory.BAD_INPUT) {
				throw refused;
			}
			model.addAttribute("error", refused.code());
			return list(id, user, model);
		}
	}

	@PostMapping("/orga/{id}/campagnes/{campaignId}/archivage")
	String archive(@PathVariable UUID id, @PathVariable UUID campaignId,
			@RequestParam(defaultValue = "true") boolean archived, CurrentUser user) {
		this.access.readable(id, campaignId, user.id());
		if (archived) {
			this.manage.archive(campaignId, user.id());
		}
		else {
			this.manage.restore(campaignId, user.id());
		}
		return "redirect:/orga/" + id + "/campagnes/" + campaignId;
	}

	/** The texts' form of the campaign's page; a refused text comes back as its code. */
	@PostMapping("/orga/{id}/campagnes/{campaignId}/textes")
	String editTexts(@PathVariable UUID id, @PathVariable UUID campaignId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String landingText,
			@RequestParam(defaultValue = "") String endText, @RequestParam(defaultValue = "") String externalIdLabel,
			CurrentUser user) {
		this.access.readable(id, campaignId, user.id());
		try {
			this.edit.edit(campaignId, user.id(),
					new EditCampaign.Texts(name, title, landingText, endText, externalIdLabel));
		}
		catch (DomainException refused) {
			if (refused.category() != org.acquis.shared.ErrorCategory.BAD_INPUT) {
				throw refused;
			}
			return "redirect:/orga/" + id + "/campagnes/" + campaignId + "?erreur=" + refused.code() + "#textes";
		}
		return "redirect:/orga/" + id + "/campagnes/" + campaignId + "?modifiee#textes";
	}

	@PostMapping("/orga/{id}/campagnes/{campaignId}/suppression")
	String delete(@PathVariable UUID id, @PathVariable UUID campaignId, CurrentUser user) {
		this.access.readable(id, campaignId, user.id());
		this.manage.delete(campaignId, user.id());
		return "redirect:/orga/" + id + "/campagnes";
	}

}
