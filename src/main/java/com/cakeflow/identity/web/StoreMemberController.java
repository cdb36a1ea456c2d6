package com.cakeflow.identity.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.identity.internal.StoreMembers;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which stores people work in. {@code GET /api/me} is the caller's own view (what the menu's switcher offers);
 * {@code /api/admin/store-members} lets admins and a chain's managers (people of every store) say who works where.
 */
@RestController
class StoreMemberController {

	private final StoreMembers members;
	private final Stores stores;
	private final CurrentActor actor;
	private final IdentityService identity;

	StoreMemberController(StoreMembers members, Stores stores, CurrentActor actor, IdentityService identity) {
		this.members = members;
		this.stores = stores;
		this.actor = actor;
		this.identity = identity;
	}

	/** The caller, the store they are working in now, and the stores they may switch to ({@code everyStore}: all of the chain's). */
	@GetMapping("/api/me")
	Me me() {
		return new Me(actor.name(), actor.access().everyStore(), StoreRef.of(stores.current()), stores.choices().stream().map(StoreRef::of).toList());
	}

	@GetMapping("/api/admin/store-members")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	List<Member> list() {
		chainWideOnly();
		return members.all().stream().map(this::member).toList();
	}

	/** {@code {"everyStore":false,"stores":["SH01","SH02"]}}; {@code "stores":[]} sends the person back to the default store. */
	@PutMapping("/api/admin/store-members/{username}")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	Member replace(@PathVariable String username, @RequestBody(required = false) MemberRequest request) {
		chainWideOnly();
		var problems = new ArrayList<FieldProblem>();
		var name = username == null ? "" : username.strip();
		if (name.isEmpty() || name.length() > 64 || identity.createUserQuery().userId(name).count() == 0) {
			problems.add(new FieldProblem("username", "member.user.unknown", name));
		}
		boolean everyStore = request != null && Boolean.TRUE.equals(request.everyStore());
		var ids = new ArrayList<Long>();
		for (var code : request == null || request.stores() == null ? List.<String>of() : request.stores()) {
			var store = code == null ? java.util.Optional.<StoreInfo>empty() : stores.byCode(code.strip().toUpperCase(Locale.ROOT));
			store.ifPresentOrElse(s -> ids.add(s.id()), () -> problems.add(new FieldProblem("stores", "store.unknown", String.valueOf(code))));
		}
		if (everyStore && !ids.isEmpty()) {
			problems.add(new FieldProblem("stores", "member.stores.every-store"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return member(members.replace(name, everyStore, ids));
	}

	/** Only people of every store say who works where; a store's own manager cannot give anyone another store. */
	private void chainWideOnly() {
		if (!actor.access().everyStore()) {
			throw new AccessDeniedException("only a chain's managers assign people to stores");
		}
	}

	private Member member(StoreMembers.Membership membership) {
		return new Member(membership.username(), membership.everyStore(),
				membership.storeIds().stream().map(stores::byId).flatMap(java.util.Optional::stream).map(StoreInfo::code).toList());
	}

	record Me(String username, boolean everyStore, StoreRef current, List<StoreRef> stores) {
	}

	record StoreRef(String code, String name) {
		static StoreRef of(StoreInfo store) {
			return new StoreRef(store.code(), store.name());
		}
	}

	record Member(String username, boolean everyStore, List<String> stores) {
	}

	record MemberRequest(Boolean everyStore, List<String> stores) {
	}
}
