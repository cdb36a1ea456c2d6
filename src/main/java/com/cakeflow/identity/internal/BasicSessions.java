package com.cakeflow.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where an HTTP Basic login is kept: in a session as before, so a client that keeps cookies signs in once and comes
 * back with its cookie — but a session that Basic opens lives only {@code cakeflow.auth.basic-session-trial} (30 s)
 * until the client does come back with it; then it gets the normal idle timeout. A client without cookies opens a
 * session per call that nobody will use: those are gone within a minute or so instead of after half an hour.
 * As a filter, it gives a session on trial its normal timeout when its cookie returns.
 */
class BasicSessions extends OncePerRequestFilter {

	static final String ON_TRIAL = BasicSessions.class.getName() + ".trial";

	private final int trialSeconds;

	BasicSessions(Duration trial) {
		this.trialSeconds = (int) Math.max(1, trial.toSeconds());
	}

	/** For {@code httpBasic()}: the request (for its async dispatches) and the session, opened on trial if there is none. */
	SecurityContextRepository repository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), new TrialSessions());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()) {
			var session = request.getSession(false);
			if (session != null && session.getAttribute(ON_TRIAL) != null) {
				session.removeAttribute(ON_TRIAL);
				session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
			}
		}
		chain.doFilter(request, response);
	}

	private final class TrialSessions implements SecurityContextRepository {

		private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

		@Override
		@SuppressWarnings("deprecation")
		public SecurityContext loadContext(HttpRequestResponseHolder holder) {
			return sessions.loadContext(holder);
		}

		@Override
		public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
			return sessions.loadDeferredContext(request);
		}

		@Override
		public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
			boolean opened = request.getSession(false) == null;
			sessions.saveContext(context, request, response);
			var session = request.getSession(false);
			if (opened && session != null) {
				session.setAttribute(ON_TRIAL, Boolean.TRUE);
				session.setMaxInactiveInterval(trialSeconds);
			}
		}

		@Override
		public boolean containsContext(HttpServletRequest request) {
			return sessions.containsContext(request);
		}
	}
}
