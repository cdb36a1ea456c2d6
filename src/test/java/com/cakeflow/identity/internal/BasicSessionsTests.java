package com.cakeflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

/** A session HTTP Basic opens is on trial (30 s) until its cookie comes back; one the client already had stays as it is. */
class BasicSessionsTests {

	private final BasicSessions sessions = new BasicSessions(Duration.ofSeconds(30));

	private static SecurityContextImpl signedIn() {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("clerk", null, java.util.List.of()));
	}

	@Test
	void aSessionOpenedByBasicLivesOnlyItsTrialUntilTheClientComesBackWithIt() throws Exception {
		var first = new MockHttpServletRequest("GET", "/api/orders");
		sessions.repository().saveContext(signedIn(), first, new MockHttpServletResponse());
		var session = (MockHttpSession) first.getSession(false);
		assertThat(session).isNotNull();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30);

		var back = new MockHttpServletRequest("GET", "/api/orders");
		back.setSession(session);
		back.setRequestedSessionId(session.getId());
		back.getServletContext().setSessionTimeout(30);
		sessions.doFilter(back, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
		assertThat(session.getAttribute(BasicSessions.ON_TRIAL)).isNull();
	}

	@Test
	void aSessionTheClientAlreadyHadKeepsItsTimeout() {
		var request = new MockHttpServletRequest("GET", "/api/orders");
		var session = new MockHttpSession();
		session.setMaxInactiveInterval(1800);
		request.setSession(session);
		sessions.repository().saveContext(signedIn(), request, new MockHttpServletResponse());
		assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
		assertThat(session.getAttribute(BasicSessions.ON_TRIAL)).isNull();
	}
}
