package com.cakeflow.identity.web;

import com.cakeflow.identity.internal.ApiKeys;
import com.cakeflow.identity.internal.ApiKeys.ApiKeyView;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Managers create, list and revoke the API keys integrations call with; a key's secret is in the creation answer only. */
@RestController
@RequestMapping("/api/admin/api-keys")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	/** {@code {"name":"meituan","store":"SH01","scopes":["orders:write","orders:read"]}} → 201 with {@code secret}, shown this once. */
	@PostMapping
	ResponseEntity<CreatedKeyResponse> create(@RequestBody NewKeyRequest request) {
		var created = keys.create(request.name(), request.store(), request.scopes());
		var key = created.key();
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/admin/api-keys/" + key.id()))
			.body(new CreatedKeyResponse(key.id(), key.name(), key.prefix(), key.store(), key.scopes(), key.createdBy(), key.createdAt(),
					created.secret()));
	}

	@GetMapping
	List<ApiKeyView> list() {
		return keys.list();
	}

	@PostMapping("/{id}/revoke")
	ApiKeyView revoke(@PathVariable long id) {
		return keys.revoke(id);
	}

	record NewKeyRequest(String name, String store, List<String> scopes) {
	}

	record CreatedKeyResponse(long id, String name, String prefix, String store, List<String> scopes, String createdBy, Instant createdAt,
			String secret) {
	}
}
