package com.cakeflow.web;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every domain problem and bad request body of the REST API, answered once as RFC 9457 problem+json with a message
 * per field in the caller's language (zh-CN by default).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainProblem.class)
	ResponseEntity<ProblemDetail> domain(DomainProblem problem, Locale locale) {
		var detail = ProblemDetail.forStatus(problem.status());
		detail.setType(URI.create("https://cakeflow.example/problems/" + problem.code().replace("problem.", "")));
		detail.setTitle(text("problem.title." + problem.status(), List.of(), locale));
		detail.setDetail(text(problem.code(), problem.args(), locale));
		if (!problem.fieldProblems().isEmpty()) {
			detail.setProperty("errors", problem.fieldProblems().stream().map(f -> fieldError(f, locale)).toList());
		}
		problem.properties().forEach(detail::setProperty);
		var answer = ResponseEntity.status(problem.status());
		problem.retryAfter().ifPresent(after -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, after.toSeconds()))));
		return answer.body(detail);
	}

	/**
	 * The database is busy for a moment: no pooled connection in time, a statement or lock timeout. Nothing was written
	 * (the transaction rolled back): 503 with Retry-After, never a 500.
	 */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class, org.springframework.dao.QueryTimeoutException.class,
			org.springframework.dao.CannotAcquireLockException.class })
	ResponseEntity<ProblemDetail> databaseBusy(RuntimeException e, Locale locale) {
		log.warn("database busy, request turned away: {}", e.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
			.body(simple(HttpStatus.SERVICE_UNAVAILABLE, "problem.busy", locale));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
		return simple(HttpStatus.BAD_REQUEST, "problem.malformed-json", locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
		return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.media-type", locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
		var detail = simple(HttpStatus.BAD_REQUEST, "problem.invalid-request", locale);
		detail.setProperty("errors", List.of(fieldError(new FieldProblem(e.getName(), "problem.parameter.invalid", String.valueOf(e.getValue())), locale)));
		return detail;
	}

	/**
	 * A row changed by somebody else at the same moment — ours, or the engine's (a timer such as the at-risk check firing
	 * while a task is completed): 409, nothing written, the client may simply try again.
	 */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, org.camunda.bpm.engine.OptimisticLockingException.class,
			org.springframework.dao.DeadlockLoserDataAccessException.class })
	ProblemDetail concurrentChange(RuntimeException e, Locale locale) {
		log.info("concurrent change refused: {}", e.getMessage());
		var problem = simple(HttpStatus.CONFLICT, "problem.concurrent-change", locale);
		// a type of its own, so a client can tell "just try again" from the 409s that need a decision (capacity, stage)
		problem.setType(URI.create("https://cakeflow.example/problems/concurrent-change"));
		return problem;
	}

	private ProblemDetail simple(HttpStatus status, String code, Locale locale) {
		var detail = ProblemDetail.forStatusAndDetail(status, text(code, List.of(), locale));
		detail.setTitle(text("problem.title." + status.value(), List.of(), locale));
		return detail;
	}

	private Map<String, String> fieldError(FieldProblem problem, Locale locale) {
		return Map.of("field", problem.field(), "code", problem.code(), "message", text(problem.code(), problem.args(), locale));
	}

	private String text(String code, List<Object> args, Locale locale) {
		return messages.getMessage(code, args.toArray(), code, locale);
	}
}
