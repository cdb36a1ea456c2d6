package com.cakeflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HTTP Basic costs one bcrypt check per (user, password), not one per call: counted at the password check itself.
 * Each test has a user of its own, since Camunda throttles a user's next attempts after a wrong password.
 */
@CakeFlowIntegrationTest
class RememberedPasswordsIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	IdentityService identity;
	@Autowired
	MeterRegistry meters;
	@Autowired
	JdbcClient jdbc;

	String user;

	@BeforeEach
	void aClerkOfItsOwn() {
		user = "basic" + System.nanoTime();
		var clerk = identity.newUser(user);
		clerk.setPassword("s3cret-蛋糕");
		identity.saveUser(clerk);
		identity.createMembership(user, "clerk");
	}

	@AfterEach
	void goneAgain() {
		if (identity.createUserQuery().userId(user).count() > 0) {
			identity.deleteMembership(user, "clerk");
			identity.deleteUser(user);
		}
	}

	double checks(String result) {
		return meters.get(CamundaUserAuthenticationProvider.CHECKS).tag("result", result).counter().count();
	}

	int call(String password) {
		return new ApiClient(port, user, password).get("/api/orders?size=1").status();
	}

	@Test
	void manyCallsWithTheSamePasswordRunTheBcryptCheckOnce() {
		var before = checks("accepted");
		for (int i = 0; i < 10; i++) {
			assertThat(call("s3cret-蛋糕")).isEqualTo(200);
		}
		assertThat(checks("accepted") - before).isEqualTo(1);
	}

	@Test
	void aWrongPasswordIsCheckedAndRefusedEveryTimeEvenAfterTheRightOneWasRemembered() {
		assertThat(call("s3cret-蛋糕")).isEqualTo(200);
		var before = checks("rejected");
		for (int i = 0; i < 3; i++) {
			assertThat(call("s3cret-蛋糕x")).isEqualTo(401);
		}
		assertThat(checks("rejected") - before).isEqualTo(3);
	}

	@Test
	void aChangedPasswordStopsTheRememberedOneAtOnce() {
		assertThat(call("s3cret-蛋糕")).isEqualTo(200);
		assertThat(call("s3cret-蛋糕")).isEqualTo(200);
		var changed = identity.createUserQuery().userId(user).singleResult();
		changed.setPassword("new-密码");
		identity.saveUser(changed);
		// the new one first: Camunda makes a user wait a few seconds after a wrong password
		assertThat(call("new-密码")).isEqualTo(200);
		assertThat(call("s3cret-蛋糕")).isEqualTo(401);
	}

	@Test
	void aDeletedOrLockedUserIsRefusedEvenWithARememberedPassword() {
		assertThat(call("s3cret-蛋糕")).isEqualTo(200);
		jdbc.sql("update act_id_user set lock_exp_time_ = ? where id_ = ?")
			.params(java.sql.Timestamp.from(clock.instant().plus(1, ChronoUnit.HOURS)), user).update();
		assertThat(call("s3cret-蛋糕")).as("locked").isEqualTo(401);
		identity.unlockUser(user);
		assertThat(call("s3cret-蛋糕")).as("unlocked").isEqualTo(200);
		identity.deleteMembership(user, "clerk");
		identity.deleteUser(user);
		assertThat(call("s3cret-蛋糕")).as("deleted").isEqualTo(401);
	}

	@Test
	void aBasicClientThatKeepsItsCookieStaysSignedInAndARefusalIsAProblem() {
		var ok = new ApiClient(port, user, "s3cret-蛋糕").get("/api/orders?size=1");
		assertThat(ok.status()).isEqualTo(200);
		var cookie = ok.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		assertThat(new ApiClient(port, null).header("Cookie", cookie).get("/api/orders?size=1").status()).as("the session alone").isEqualTo(200);
		var refused = new ApiClient(port, user, "wrong").get("/api/orders?size=1");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"CakeFlow\"");
		assertThat(refused.body().get("status").asInt()).isEqualTo(401);
	}
}
