package com.cakeflow.desk.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.shared.DomainProblem;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proofing from the order page: the clerk records that the text was read back to the customer, or switches a line's
 * text to simplified or traditional characters (a change like any other: allowed until decorating starts, and it
 * needs confirming again). {@code POST /api/orders/{n}/inscription-proof} is the same read-back for other screens.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK', 'FRONTDESK')")
class InscriptionPages {

	private final InscriptionProofs proofs;
	private final OrderManagement management;
	private final OrderQueries queries;
	private final CurrentActor actor;
	private final MessageSource messages;

	InscriptionPages(InscriptionProofs proofs, OrderManagement management, OrderQueries queries, CurrentActor actor, MessageSource messages) {
		this.proofs = proofs;
		this.management = management;
		this.queries = queries;
		this.actor = actor;
		this.messages = messages;
	}

	@PostMapping("/orders/{number}/inscription/read-back")
	String readBack(@PathVariable String number, RedirectAttributes redirect, Locale locale) {
		try {
			proofs.confirm(number, InscriptionProofs.Method.READ_BACK, actor.name());
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("inscriptionError", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
		}
		return "redirect:/orders/" + number;
	}

	@PostMapping("/orders/{number}/inscription/convert")
	String convert(@PathVariable String number, @RequestParam int line, @RequestParam String to, RedirectAttributes redirect, Locale locale) {
		var item = queries.find(number, locale).items().stream().filter(i -> i.line() == line && i.inscription() != null).findFirst();
		if (item.isPresent()) {
			var text = "TRADITIONAL".equals(to) ? ZhConverterUtil.toTraditional(item.get().inscription()) : ZhConverterUtil.toSimple(item.get().inscription());
			try {
				management.change(number, new OrderChangeRequest(null, text, line, null, null));
			}
			catch (DomainProblem problem) {
				redirect.addFlashAttribute("inscriptionError", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
			}
		}
		return "redirect:/orders/" + number;
	}

	@PostMapping("/api/orders/{number}/inscription-proof")
	@ResponseBody
	Map<String, Object> proof(@PathVariable String number) {
		boolean changed = proofs.confirm(number, InscriptionProofs.Method.READ_BACK, actor.name());
		return Map.of("orderNumber", number, "confirmed", true, "changed", changed);
	}

}
