package com.cakeflow.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scheduled jobs for admins and managers: {@code GET /api/admin/jobs}, a manual run, and the page {@code /admin/jobs}. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class JobsController {

	private final ScheduledJobs jobs;
	private final JobRuns runs;
	private final java.time.Clock clock;
	private final org.springframework.context.MessageSource messages;

	JobsController(ScheduledJobs jobs, JobRuns runs, java.time.Clock clock, org.springframework.context.MessageSource messages) {
		this.jobs = jobs;
		this.runs = runs;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/api/admin/jobs")
	@ResponseBody
	List<ScheduledJobs.JobInfo> list() throws SchedulerException {
		return jobs.jobs();
	}

	/**
	 * The runs of the scheduled jobs (which node ran which fire, when, how it ended), newest first: {@code since} an ISO
	 * instant (default: a day ago), {@code group} and {@code name} to narrow, {@code limit} at most 10,000 (default 500).
	 */
	@GetMapping("/api/admin/jobs/runs")
	@ResponseBody
	List<JobRuns.JobRun> runs(@org.springframework.web.bind.annotation.RequestParam(required = false) String group,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String name,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String since,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "500") int limit) {
		java.time.Instant from;
		try {
			from = since == null || since.isBlank() ? clock.instant().minus(java.time.Duration.ofDays(1)) : java.time.Instant.parse(since.strip());
		}
		catch (java.time.format.DateTimeParseException invalid) {
			throw new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem("since", "jobs.runs.since", since));
		}
		return runs.recent(blankToNull(group), blankToNull(name), from, limit);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Fires a job now: 202, or 404 problem+json for an unknown job. */
	@PostMapping("/api/admin/jobs/{group}/{name}/run")
	@ResponseBody
	ResponseEntity<?> run(@PathVariable String group, @PathVariable String name, java.util.Locale locale) throws SchedulerException {
		if (!jobs.run(group, name)) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("jobs.unknown", new Object[] { group + "/" + name },
					locale));
			problem.setType(URI.create("https://cakeflow.example/problems/job-not-found"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.accepted().body(Map.of("group", group, "name", name, "triggered", true));
	}

	@GetMapping("/admin/jobs")
	String page(Model model) throws SchedulerException {
		model.addAttribute("jobs", jobs.jobs());
		return "admin/jobs";
	}

	@PostMapping("/admin/jobs/{group}/{name}/run")
	String runFromPage(@PathVariable String group, @PathVariable String name, RedirectAttributes redirect, java.util.Locale locale)
			throws SchedulerException {
		boolean known = jobs.run(group, name);
		redirect.addFlashAttribute(known ? "saved" : "error", messages.getMessage(known ? "jobs.triggered" : "jobs.unknown", new Object[] { group + "/"
				+ name }, locale));
		return "redirect:/admin/jobs";
	}
}
