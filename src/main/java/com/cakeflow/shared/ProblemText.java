package com.cakeflow.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** What a page shows for a refused action: the message of its first field problem, or of the problem itself. */
public final class ProblemText {

	private ProblemText() {
	}

	public static String of(DomainProblem problem, MessageSource messages, Locale locale) {
		var field = problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0);
		return field == null ? messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale)
				: messages.getMessage(field.code(), field.args().toArray(), field.code(), locale);
	}
}
