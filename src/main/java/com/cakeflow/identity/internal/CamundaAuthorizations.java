package com.cakeflow.identity.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.cakeflow.identity.Role;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure every role exists as a Camunda group with the grants it needs, on every start (idempotent):
 * admins may do everything, managers may run and change processes and act on every task (Cockpit, Tasklist,
 * Modeler deployments), staff see Tasklist and work the tasks they are candidates for.
 */
@Component
public class CamundaAuthorizations {

	private static final Logger log = LoggerFactory.getLogger(CamundaAuthorizations.class);

	private static final List<Resources> MANAGER_RESOURCES = List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
			Resources.TASK, Resources.DEPLOYMENT, Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION,
			Resources.BATCH, Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE,
			Resources.OPERATION_LOG_CATEGORY, Resources.REPORT, Resources.DASHBOARD, Resources.FILTER);

	private final IdentityService identityService;
	private final AuthorizationService authorizations;

	CamundaAuthorizations(IdentityService identityService, AuthorizationService authorizations) {
		this.identityService = identityService;
		this.authorizations = authorizations;
	}

	/** Creates missing groups and grants; called once the engine is up. */
	public void ensure() {
		for (var role : Role.values()) {
			if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
				var group = identityService.newGroup(role.groupId());
				group.setName(role.name());
				group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
				identityService.saveGroup(group);
				log.info("created Camunda group {}", role.groupId());
			}
		}
		for (var resource : Resources.values()) {
			grant(Role.ADMIN, resource, Permissions.ALL);
		}
		for (var resource : MANAGER_RESOURCES) {
			grant(Role.MANAGER, resource, Permissions.ALL);
		}
		grant(Role.MANAGER, Resources.APPLICATION, Permissions.ALL);
		for (var role : List.of(Role.CLERK, Role.BAKER, Role.DECORATOR, Role.FRONTDESK, Role.DRIVER)) {
			grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(role, Resources.FILTER, Permissions.READ);
			grant(role, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ);
			grant(role, Resources.DECISION_DEFINITION, Permissions.READ);
		}
	}

	private void grant(Role role, Resource resource, Permission permission) {
		grant(role, resource, ANY, permission);
	}

	private void grant(Role role, Resource resource, String resourceId, Permission permission) {
		var existing = authorizations.createAuthorizationQuery().groupIdIn(role.groupId())
			.resourceType(resource).resourceId(resourceId).singleResult();
		var authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		if (existing != null && existing.isPermissionGranted(permission)) {
			return;
		}
		authorization.setGroupId(role.groupId());
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}
}
