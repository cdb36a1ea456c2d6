package com.cakeflow.fulfillment.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.DeliveryCompletion;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.shared.DomainProblem;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver's phone: my deliveries, earliest promised first, each with the address and a map link, a tap-to-call
 * number, what is still to collect, and "delivered" with the recipient's name or a photo at the door.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'DRIVER')")
class DriverPages {

	private final DeliveryCompletion deliveries;
	private final OrderQueries queries;
	private final CurrentActor actor;
	private final Stores stores;
	private final MessageSource messages;

	DriverPages(DeliveryCompletion deliveries, OrderQueries queries, CurrentActor actor, Stores stores, MessageSource messages) {
		this.deliveries = deliveries;
		this.stores = stores;
		this.queries = queries;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/driver")
	String route(@RequestParam(defaultValue = "false") boolean all, Locale locale, Model model) {
		model.addAttribute("all", all);
		model.addAttribute("deliveries", deliveries.openDeliveries(actor.name(), all, stores.current().id()).stream().map(n -> queries.find(n, locale)).toList());
		return "fulfillment/driver";
	}

	@PostMapping("/driver/{number}/delivered")
	String delivered(@PathVariable String number, @RequestParam(required = false) String recipientName,
			@RequestParam(required = false) String method, @RequestParam(name = "photo", required = false) MultipartFile photo,
			Locale locale, RedirectAttributes redirect) throws IOException {
		try {
			deliveries.delivered(number, recipientName, method, photo == null || photo.isEmpty() ? null : photo.getBytes(), actor.name());
			redirect.addFlashAttribute("delivered", number);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("problem", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
			redirect.addFlashAttribute("problemOrder", number);
		}
		return "redirect:/driver";
	}
}
