package com.cakeflow.order.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine REST wraps an exception thrown by a task listener into a 500. When the cause is a form field
 * validation (a wrong pickup code at hand-over, completed from Tasklist or /engine-rest), the caller made the mistake:
 * answer 400 with the message, as Camunda does for its own form validation.
 */
@Component
class EngineRestFormErrors implements ResourceConfigCustomizer {

	@Override
	public void customize(org.glassfish.jersey.server.ResourceConfig config) {
		config.register(Mapper.class);
	}

	@Priority(1)
	public static class Mapper implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
				if (cause instanceof FormFieldValidationException invalid) {
					return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
						.entity(Map.of("type", "FormFieldValidationException", "message", invalid.getMessage())).build();
				}
			}
			return camunda.toResponse(exception);
		}
	}
}
