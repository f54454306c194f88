package org.acquis.campaign.campaign;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.identity.CurrentUser;
import org.acquis.organization.Memberships;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's campaigns, for its members. */
@RestController
class CampaignController {

	private final CreateCampaign create;

	private final ManageCampaign manage;

	private final CampaignAccess access;

	private final Campaigns campaigns;

	private final Memberships memberships;

	private final EditCampaign edit;

	CampaignController(CreateCampaign create, ManageCampaign manage, CampaignAccess access, Campaigns campaigns,
			Memberships memberships, EditCampaign edit) {
		this.edit = edit;
		this.create = create;
		this.manage = manage;
		this.access = access;
		this.campaigns = campaigns;
		this.memberships = memberships;
	}

	@Operation(summary = "Create a campaign (ASSESSMENT on a target profile, or PROFILES_COLLECTION); its code")
	@PostMapping("/api/organizations/{id}/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	CreateCampaign.Created create(@PathVariable UUID id, @RequestBody CreateCampaign.Command command,
			CurrentUser user) {
		return this.create.create(id, user.id(), command);
	}

	@Operation(summary = "The organisation's campaigns, archived last")
	@GetMapping("/api/organizations/{id}/campaigns")
	List<Campaign> list(@PathVariable UUID id, CurrentUser user) {
		this.memberships.require(id, user.id());
		return this.campaigns.ofOrganization(id);
	}

	@Operation(summary = "A campaign")
	@GetMapping("/api/campaigns/{id}")
	Campaign campaign(@PathVariable UUID id, CurrentUser user) {
		return this.access.readable(id, user.id()).campaign();
	}

	@Operation(summary = "Change a campaign's texts: name, title, landing and end texts, external id label "
			+ "(owner, admins); a field left out stays, an empty one is cleared")
	@PatchMapping("/api/campaigns/{id}")
	Campaign edit(@PathVariable UUID id, @RequestBody EditCampaign.Texts texts, CurrentUser user) {
		return this.edit.edit(id, user.id(), texts);
	}

	@Operation(summary = "Archive a campaign: nobody joins it any more (owner, admins)")
	@PostMapping("/api/campaigns/{id}/archive")
	void archive(@PathVariable UUID id, CurrentUser user) {
		this.manage.archive(id, user.id());
	}

	@Operation(summary = "Restore an archived campaign (owner, admins)")
	@DeleteMapping("/api/campaigns/{id}/archive")
	void restore(@PathVariable UUID id, CurrentUser user) {
		this.manage.restore(id, user.id());
	}

	@Operation(summary = "Delete a campaign nobody joined (owner, admins); 409 otherwise")
	@DeleteMapping("/api/campaigns/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, CurrentUser user) {
		this.manage.delete(id, user.id());
	}

}
