package com.cakeflow.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (it names the demo users only when they exist) and the landing redirect. */
@Controller
class ShellController {

	private final boolean demo;

	ShellController(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/orders";
	}
}
