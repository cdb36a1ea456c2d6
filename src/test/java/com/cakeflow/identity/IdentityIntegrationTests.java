package com.cakeflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo users live in Camunda's identity store with bcrypt hashes, in groups per role with the grants Tasklist and Cockpit need. */
@CakeFlowIntegrationTest
class IdentityIntegrationTests {

	@Autowired
	IdentityService identity;
	@Autowired
	AuthorizationService authorizations;
	@Autowired
	JdbcClient jdbc;

	@Test
	void demoUsersHaveBcryptPasswordsAndTheirRoleGroup() {
		for (var user : new String[] { "admin", "manager", "clerk", "baker1", "baker2", "decorator1", "frontdesk1", "driver1" }) {
			assertThat(jdbc.sql("select pwd_ from act_id_user where id_ = ?").param(user).query(String.class).single())
				.as(user).startsWith("{BCRYPT}$2a$");
			assertThat(identity.checkPassword(user, "demo")).as(user).isTrue();
		}
		assertThat(identity.createGroupQuery().groupMember("baker1").singleResult().getId()).isEqualTo("baker");
		assertThat(identity.createGroupQuery().groupMember("admin").singleResult().getId()).isEqualTo("camunda-admin");
	}

	/** A wrong password fails (and Camunda then throttles that user's next attempts, so this uses a user of its own). */
	@Test
	void newUsersGetBcryptHashesAndWrongPasswordsFail() {
		var user = identity.newUser("pwcheck" + System.nanoTime());
		user.setPassword("s3cret-蛋糕");
		identity.saveUser(user);
		assertThat(jdbc.sql("select pwd_ from act_id_user where id_ = ?").param(user.getId()).query(String.class).single()).startsWith("{BCRYPT}$2a$");
		assertThat(identity.checkPassword(user.getId(), "s3cret-蛋糕")).isTrue();
		assertThat(identity.checkPassword(user.getId(), "wrong")).isFalse();
		identity.deleteUser(user.getId());
	}

	@Test
	void managersMayWorkEveryTaskAndUseCockpitWhileStaffOnlyGetTasklist() {
		assertThat(authorizations.isUserAuthorized("manager", java.util.List.of("manager"), Permissions.UPDATE, Resources.TASK, "any-task"))
			.isTrue();
		assertThat(authorizations.isUserAuthorized("manager", java.util.List.of("manager"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
			.isTrue();
		assertThat(authorizations.isUserAuthorized("baker1", java.util.List.of("baker"), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
			.isTrue();
		assertThat(authorizations.isUserAuthorized("baker1", java.util.List.of("baker"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
			.isFalse();
		assertThat(authorizations.isUserAuthorized("baker1", java.util.List.of("baker"), Permissions.UPDATE, Resources.TASK, "any-task"))
			.isFalse();
	}
}
