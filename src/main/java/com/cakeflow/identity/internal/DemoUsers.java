package com.cakeflow.identity.internal;

import com.cakeflow.identity.Role;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The demo profile's users (password "demo"), created in Camunda's identity store if they are missing. */
@Component
class DemoUsers {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record DemoUser(String id, String firstName, String lastName, Role role) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "系统", "管理员", Role.ADMIN),
			new DemoUser("manager", "王", "店长", Role.MANAGER),
			new DemoUser("clerk", "李", "店员", Role.CLERK),
			new DemoUser("baker1", "陈", "师傅", Role.BAKER),
			new DemoUser("baker2", "赵", "师傅", Role.BAKER),
			new DemoUser("decorator1", "刘", "裱花", Role.DECORATOR),
			new DemoUser("frontdesk1", "周", "前台", Role.FRONTDESK),
			new DemoUser("driver1", "孙", "配送", Role.DRIVER),
			// the second store's (SH02, 徐汇店); which stores each works in is in store_member (demo data)
			new DemoUser("manager2", "吴", "店长", Role.MANAGER),
			new DemoUser("clerk2", "郑", "店员", Role.CLERK),
			new DemoUser("baker3", "钱", "师傅", Role.BAKER),
			new DemoUser("decorator2", "冯", "裱花", Role.DECORATOR),
			new DemoUser("frontdesk2", "何", "前台", Role.FRONTDESK),
			new DemoUser("driver2", "林", "配送", Role.DRIVER));

	private final IdentityService identityService;

	DemoUsers(IdentityService identityService) {
		this.identityService = identityService;
	}

	void ensure() {
		for (var demo : USERS) {
			if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
				continue;
			}
			var user = identityService.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEmail(demo.id() + "@cakeflow.example");
			user.setPassword("demo");
			identityService.saveUser(user);
			identityService.createMembership(demo.id(), demo.role().groupId());
			log.info("created demo user {} ({})", demo.id(), demo.role());
		}
	}
}
