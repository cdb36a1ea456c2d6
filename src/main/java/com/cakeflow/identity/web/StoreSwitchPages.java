package com.cakeflow.identity.web;

import com.cakeflow.identity.Stores;
import com.cakeflow.shared.DomainProblem;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The store switcher in the menu (for people who work in several stores, and a chain's managers): the chosen store is
 * the one every screen shows until they choose another or log out. Back to the page it was chosen on, without that
 * page's own {@code store=} (which would show the old store again); only a path of this site is followed.
 */
@Controller
class StoreSwitchPages {

	private final Stores stores;
	private final MessageSource messages;

	StoreSwitchPages(Stores stores, MessageSource messages) {
		this.stores = stores;
		this.messages = messages;
	}

	@PostMapping("/stores/current")
	String choose(@RequestParam(defaultValue = "") String store, @RequestHeader(name = "Referer", required = false) String referer,
			RedirectAttributes redirect, Locale locale) {
		try {
			stores.choose(store);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("storeProblem", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
		}
		return "redirect:" + back(referer);
	}

	/** The path and query of the page the switch was made on, if it is one of ours; else the order list. */
	static String back(String referer) {
		if (referer == null || referer.isBlank()) {
			return "/orders";
		}
		try {
			var uri = URI.create(referer.strip());
			var path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.startsWith("/stores/")) {
				return "/orders";
			}
			var query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
				.filter(part -> !part.isEmpty() && !part.startsWith("store=")).collect(java.util.stream.Collectors.joining("&"));
			return query.isEmpty() ? path : path + "?" + query;
		}
		catch (IllegalArgumentException notAnAddress) {
			return "/orders";
		}
	}
}
