package org.acquis.organization.learner;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.identity.UserDirectory;
import org.acquis.organization.Memberships;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The learners' list of an organisation, filtered by division. */
@Controller
class OrganizationLearnerPages {

	private final Memberships memberships;

	private final Learners learners;

	private final UserDirectory users;

	OrganizationLearnerPages(Memberships memberships, Learners learners, UserDirectory users) {
		this.memberships = memberships;
		this.learners = learners;
		this.users = users;
	}

	@GetMapping("/orga/{id}/eleves")
	String list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String group, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		model.addAttribute("organization", this.memberships.require(id, user.id()));
		var selected = division == null || division.isBlank() ? null : division;
		model.addAttribute("division", selected);
		model.addAttribute("divisions", this.learners.divisions(id));
		var chosenGroup = group == null || group.isBlank() ? null : group;
		model.addAttribute("group", chosenGroup);
		model.addAttribute("groups", this.learners.groups(id));
		var list = this.learners.list(id, selected, chosenGroup, Math.max(page, 0), 100);
		model.addAttribute("learners", list);
		// the accounts' usernames in one query, by learner
		var accounts = list.items().stream().map(l -> l.userId()).filter(java.util.Objects::nonNull).toList();
		var byAccount = this.users.usernames(accounts);
		var usernames = new java.util.HashMap<UUID, String>();
		list.items().forEach(l -> {
			var username = l.userId() == null ? null : byAccount.get(l.userId());
			if (username != null) {
				usernames.put(l.id(), username);
			}
		});
		model.addAttribute("usernames", usernames);
		return "organization/learners";
	}

}
