package com.cakeflow.identity.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Role;
import com.cakeflow.identity.Stores;
import com.cakeflow.identity.internal.ApiKeys;
import com.cakeflow.identity.internal.ApiScope;
import com.cakeflow.shared.InvalidRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' page for API keys: make one (its secret shown once), see who made and last used each, revoke. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class ApiKeyPages {

	private final ApiKeys keys;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;

	ApiKeyPages(ApiKeys keys, Stores stores, CurrentActor actor, MessageSource messages) {
		this.keys = keys;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/admin/api-keys")
	String page(Model model) {
		model.addAttribute("keys", keys.list());
		model.addAttribute("stores", stores.choices());
		model.addAttribute("scopes", List.of(ApiScope.values()));
		model.addAttribute("chainWideAllowed", actor.hasRole(Role.ADMIN));
		model.addAttribute("zone", stores.current().zone());
		return "identity/api-keys";
	}

	/**
	 * Answers with the page itself rather than a redirect, so the new secret is never put in the session (as a flash
	 * attribute would be); sending the form again is refused, the name being taken.
	 */
	@PostMapping("/admin/api-keys")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String store,
			@RequestParam(required = false) List<String> scopes, Model model, Locale locale) {
		try {
			model.addAttribute("created", keys.create(name, store, scopes));
		}
		catch (InvalidRequest invalid) {
			model.addAttribute("errors", invalid.fieldProblems().stream().collect(Collectors.toMap(p -> p.field(),
					p -> messages.getMessage(p.code(), p.args().toArray(), locale), (a, b) -> a, LinkedHashMap::new)));
			model.addAttribute("entered", Map.of("name", name, "store", store, "scopes", scopes == null ? List.of() : scopes));
		}
		return page(model);
	}

	@PostMapping("/admin/api-keys/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", keys.revoke(id).name());
		return "redirect:/admin/api-keys";
	}
}
