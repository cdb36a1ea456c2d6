package com.cakeflow.desk.web;

import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.Money;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the order page lets staff do at the order's stage: take a payment, change the due time, inscription or notes,
 * cancel with the fee the cancellation policy sets for the stage. The same rules as the API decide; a refusal comes
 * back as a message on the page and changes nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class OrderActionPages {

	private final OrderManagement management;
	private final MessageSource messages;

	OrderActionPages(OrderManagement management, MessageSource messages) {
		this.management = management;
		this.messages = messages;
	}

	@PostMapping("/orders/{number}/pay")
	String pay(@PathVariable String number, @RequestParam(defaultValue = "") String amount, @RequestParam(required = false) String method,
			Locale locale, RedirectAttributes redirect) {
		var fen = Money.parseYuan(amount);
		if (fen.isEmpty()) {
			redirect.addFlashAttribute("actionError", messages.getMessage("action.amount.invalid", new Object[] { amount }, locale));
			return back(number);
		}
		return act(number, "action.paid", locale, redirect, () -> management.pay(number, fen.get(), method));
	}

	@PostMapping("/orders/{number}/change")
	String change(@PathVariable String number, @RequestParam(required = false) String dueDate, @RequestParam(required = false) String dueTime,
			@RequestParam(required = false) String notes, @RequestParam(defaultValue = "") String dueWas,
			@RequestParam(defaultValue = "") String notesWas, Locale locale, RedirectAttributes redirect) {
		var typed = dueDate == null || dueDate.isBlank() || dueTime == null || dueTime.isBlank() ? null
				: dueDate.strip() + "T" + (dueTime.strip().length() == 5 ? dueTime.strip() + ":00" : dueTime.strip());
		// only what the form changed is sent: a stage that no longer allows moving the due time may still take new notes
		var due = typed == null || typed.equals(dueWas) ? null : typed;
		var newNotes = notes == null || notes.strip().equals(notesWas.strip()) ? null : notes.strip();
		return act(number, "action.changed", locale, redirect, () -> management.change(number, new OrderChangeRequest(due, null, null, newNotes, null)));
	}

	@PostMapping("/orders/{number}/cancel")
	String cancel(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			redirect.addFlashAttribute("actionError", messages.getMessage("action.reason.required", null, locale));
			return back(number);
		}
		return act(number, "action.cancelled", locale, redirect, () -> management.cancel(number, reason.strip()));
	}

	private String act(String number, String done, Locale locale, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("actionDone", messages.getMessage(done, null, locale));
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("actionError", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
		}
		return back(number);
	}

	private static String back(String number) {
		return "redirect:/orders/" + number;
	}
}
