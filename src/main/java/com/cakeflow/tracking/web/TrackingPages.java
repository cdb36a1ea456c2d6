package com.cakeflow.tracking.web;

import com.cakeflow.tracking.OrderTracking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's tracking page (no login; the link goes out with the order confirmation): without {@code phone} a form
 * asking for the last four digits; with them the order's stages, the promised time and, once ready, the pickup code
 * and its QR code. Wrong digits or an unknown order: 404; too many wrong guesses: 429.
 */
@Controller
class TrackingPages {

	private final OrderTracking tracking;

	TrackingPages(OrderTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/track/{number}")
	String track(@PathVariable String number, @RequestParam(required = false) String phone, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return show(number, phone, false, model, request, response, locale);
	}

	/** The customer confirms the text on the cake (the proof decorating waits for); the same digits check as looking. */
	@PostMapping("/track/{number}/inscription")
	String confirmInscription(@PathVariable String number, @RequestParam(required = false) String phone, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return show(number, phone, true, model, request, response, locale);
	}

	private String show(String number, String phone, boolean confirm, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		model.addAttribute("number", number);
		if (phone == null) {
			return "track/form";
		}
		try {
			model.addAttribute("order", confirm ? tracking.confirmInscription(number, phone, request.getRemoteAddr(), locale)
					: tracking.track(number, phone, request.getRemoteAddr(), locale));
			model.addAttribute("phone", phone.strip());
			model.addAttribute("confirmed", confirm);
			response.setHeader("Cache-Control", "no-store");
			return "track/order";
		}
		catch (OrderTracking.NotFound notFound) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("wrong", true);
			return "track/form";
		}
		catch (OrderTracking.TooManyGuesses tooMany) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterMinutes() * 60));
			model.addAttribute("minutes", tooMany.retryAfterMinutes());
			return "track/too-many";
		}
	}
}
