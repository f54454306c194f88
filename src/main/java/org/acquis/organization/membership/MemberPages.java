package org.acquis.organization.membership;

import java.util.UUID;

import org.acquis.identity.CurrentUser;
import org.acquis.identity.UserDirectory;
import org.acquis.organization.Memberships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The organisation space's entry (choose an organisation) and its members' page. */
@Controller
class MemberPages {

	private final Memberships memberships;

	private final Members members;

	private final RemoveMember removeMember;

	private final UserDirectory users;

	MemberPages(Memberships memberships, Members members, RemoveMember removeMember, UserDirectory users) {
		this.memberships = memberships;
		this.members = members;
		this.removeMember = removeMember;
		this.users = users;
	}

	@GetMapping("/orga")
	String choose(CurrentUser user, Model model) {
		var organizations = this.memberships.organizationsOf(user.id());
		if (organizations.size() == 1) {
			return "redirect:/orga/" + organizations.getFirst().id();
		}
		model.addAttribute("organizations", organizations);
		return "organization/choose";
	}

	@GetMapping("/orga/{id}")
	String members(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("organization", this.memberships.require(id, user.id()));
		model.addAttribute("members",
				this.members.of(id)
					.stream()
					.flatMap(m -> this.users.find(m.userId())
						.stream()
						.map(u -> new MembershipController.MemberView(u.id(), u.firstName(), u.lastName(), u.email(),
								m.role().name())))
					.toList());
		model.addAttribute("me", user.id());
		return "organization/members";
	}

	@PostMapping("/orga/{id}/membres/{userId}/retrait")
	String remove(@PathVariable UUID id, @PathVariable UUID userId, CurrentUser user) {
		this.removeMember.remove(id, user.id(), userId);
		return user.id().equals(userId) ? "redirect:/orga" : "redirect:/orga/" + id;
	}

}
