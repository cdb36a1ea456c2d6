package com.cakeflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.TestStores;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Integrations authenticate with API keys a manager makes: scoped to a store and to what they may do, revocable, stored as hashes. */
@CakeFlowIntegrationTest
class ApiKeyIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	ApiClient as(String user) {
		return new ApiClient(port, user);
	}

	ApiClient key(String secret) {
		return ApiClient.withKey(port, secret);
	}

	static String name(String what) {
		return what + "-" + System.nanoTime();
	}

	JsonNode create(String user, String name, String store, String... scopes) {
		var body = new java.util.HashMap<String, Object>(Map.of("name", name, "scopes", List.of(scopes)));
		body.put("store", store);
		var response = as(user).post("/api/admin/api-keys", body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body();
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aManagersKeyPlacesAnOrderWithoutASessionAndTheOrderShowsTheKeyAsItsActor() {
		var name = name("meituan");
		var created = create("manager", name, "SH01", "orders:write", "orders:read");
		var secret = created.get("secret").asText();
		assertThat(secret).startsWith("cf_").hasSizeGreaterThanOrEqualTo(40);
		assertThat(created.get("prefix").asText()).isEqualTo(secret.substring(0, 11));
		assertThat(created.get("store").asText()).isEqualTo("SH01");
		assertThat(created.get("createdBy").asText()).isEqualTo("manager");

		var placed = key(secret).header("Idempotency-Key", name).post("/api/orders", TestOrders.pickup("MEITUAN", 8));
		assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
		assertThat(placed.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		var number = placed.body().get("orderNumber").asText();

		var order = key(secret).get("/api/orders/" + number);
		assertThat(order.status()).isEqualTo(200);
		assertThat(order.body().get("storeCode").asText()).isEqualTo("SH01");
		assertThat(order.body().get("createdBy").asText()).isEqualTo("api-key:" + name);
		assertThat(order.body().at("/timeline/0/actor").asText()).isEqualTo("api-key:" + name);
		assertThat(jdbc.sql("select last_used_at from api_key where name = ?").param(name).query(java.sql.Timestamp.class).single()).isNotNull();
	}

	@Test
	void onlyTheHashIsStoredAndListsNeverShowTheSecret() throws Exception {
		var name = name("website");
		var secret = create("manager", name, "SH01", "orders:read").get("secret").asText();
		var row = jdbc.sql("select * from api_key where name = ?").param(name).query().singleRow();
		assertThat(row.get("secret_sha256")).isEqualTo(sha256(secret));
		assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(secret.substring(11)));

		var list = as("manager").get("/api/admin/api-keys");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().toString()).doesNotContain(secret.substring(11)).contains(name);
		var listed = java.util.stream.StreamSupport.stream(list.body().spliterator(), false).filter(k -> k.get("name").asText().equals(name))
			.findFirst().orElseThrow();
		assertThat(listed.has("secret")).isFalse();
		assertThat(listed.get("prefix").asText()).isEqualTo(secret.substring(0, 11));
		assertThat(listed.get("scopes").get(0).asText()).isEqualTo("orders:read");
	}

	@Test
	void aRevokedKeyIsRefusedAtOnceAndWhoRevokedItIsRecorded() {
		var name = name("douyin");
		var created = create("manager", name, "SH01", "orders:read");
		var secret = created.get("secret").asText();
		assertThat(key(secret).get("/api/orders?size=1").status()).isEqualTo(200);

		var revoked = as("manager").post("/api/admin/api-keys/" + created.get("id").asLong() + "/revoke", null);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.body().get("revokedBy").asText()).isEqualTo("manager");
		assertThat(revoked.body().get("revokedAt").isNull()).isFalse();
		var refused = key(secret).get("/api/orders?size=1");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(as("manager").post("/api/admin/api-keys/" + created.get("id").asLong() + "/revoke", null).status()).as("repeat-safe")
			.isEqualTo(200);
		assertThat(as("manager").post("/api/admin/api-keys/999999999/revoke", null).status()).isEqualTo(404);
	}

	/** What another node's revocation looks like here: the row changes, this node only remembers the key for 5 seconds. */
	@Test
	void aKeyRevokedElsewhereStopsWorkingHereWithinTheCacheTime() {
		var name = name("eleme");
		var secret = create("manager", name, "SH01", "orders:read").get("secret").asText();
		assertThat(key(secret).get("/api/orders?size=1").status()).isEqualTo(200);
		jdbc.sql("update api_key set revoked_at = current_timestamp, revoked_by = 'other-node' where name = ?").param(name).update();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
			.until(() -> key(secret).get("/api/orders?size=1").status() == 401);
	}

	@Test
	void anUnknownOrMalformedKeyIsA401Problem() {
		var unknown = key("cf_" + "A".repeat(43)).get("/api/orders");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer").contains("invalid_token");
		assertThat(unknown.body().get("detail").asText()).isEqualTo("API 密钥无效或已被撤销");
		assertThat(key("not-one-of-ours").header("Accept-Language", "en").get("/api/orders").body().get("detail").asText())
			.isEqualTo("The API key is unknown or revoked");
		assertThat(new ApiClient(port, null).header("X-Api-Key", "cf_nope").get("/api/orders").status()).isEqualTo(401);
	}

	@Test
	void aKeyOnlyReachesTheCallsOfItsScopes() {
		var secret = create("manager", name("reader"), "SH01", "orders:read", "capacity:read").get("secret").asText();
		var place = key(secret).post("/api/orders", TestOrders.pickup("WEBSITE", 8));
		assertThat(place.status()).isEqualTo(403);
		assertThat(place.contentType()).startsWith("application/problem+json");
		assertThat(place.body().get("detail").asText()).contains("POST /api/orders");
		assertThat(key(secret).get("/api/capacity").status()).isEqualTo(200);
		assertThat(key(secret).get("/api/alerts").status()).as("a clerk may, the key may not").isEqualTo(403);
		assertThat(key(secret).get("/api/admin/api-keys").status()).isEqualTo(403);
		// the same key in the other header works just as well
		assertThat(new ApiClient(port, null).header("X-Api-Key", secret).get("/api/orders?size=1").status()).isEqualTo(200);
		// one credential per request
		assertThat(as("clerk").header("X-Api-Key", secret).get("/api/orders?size=1").status()).isEqualTo(401);
	}

	@Test
	void aKeyIsNoLoginForEngineRestTheWebappsOrTheScreens() {
		var secret = create("manager", name("engine"), "SH01", "orders:read", "orders:write").get("secret").asText();
		assertThat(key(secret).get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(key(secret).get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(key(secret).get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
		assertThat(key(secret).header("Accept", "text/html").get("/orders").status()).isIn(302, 401);
	}

	@Test
	void aKeyOfOneStoreNeitherOrdersForNorSeesAnotherStore() {
		var code = "K" + (System.nanoTime() % 100_000);
		TestStores.create(jdbc, code, "密钥测试店");
		var other = create("manager", name("other-store"), code, "orders:write", "orders:read", "capacity:read").get("secret").asText();

		var forSh01 = key(other).post("/api/orders", TestOrders.pickup("WEBSITE", 8).withStoreCode("SH01"));
		assertThat(forSh01.status()).isEqualTo(403);
		assertThat(forSh01.contentType()).startsWith("application/problem+json");
		assertThat(forSh01.body().at("/errors/0/field").asText()).isEqualTo("storeCode");

		var sh01Order = as("clerk").post("/api/orders", TestOrders.pickup("PHONE", 8)).body().get("orderNumber").asText();
		assertThat(key(other).get("/api/orders/" + sh01Order).status()).isEqualTo(404);
		assertThat(key(other).get("/api/orders?size=200").body().at("/page/totalElements").asInt()).isZero();
		assertThat(key(other).post("/api/orders/" + sh01Order + "/cancel", Map.of("reason", "not yours")).status()).isEqualTo(404);
		assertThat(key(other).get("/api/capacity?store=SH01").status()).isEqualTo(403);
		assertThat(as("clerk").get("/api/orders/" + sh01Order).body().get("status").asText()).isNotEqualTo("CANCELLED");
	}

	@Test
	void managersMakeKeysForAStoreOnlyAdminsForTheWholeChainAndOthersNone() {
		assertThat(as("clerk").post("/api/admin/api-keys", Map.of("name", name("x"), "store", "SH01", "scopes", List.of("orders:read")))
			.status()).isEqualTo(403);
		assertThat(as("clerk").get("/api/admin/api-keys").status()).isEqualTo(403);

		var noStore = as("manager").post("/api/admin/api-keys", Map.of("name", name("chain"), "scopes", List.of("orders:read")));
		assertThat(noStore.status()).isEqualTo(422);
		assertThat(noStore.body().at("/errors/0/field").asText()).isEqualTo("store");
		var chainWide = create("admin", name("chain"), null, "orders:read");
		assertThat(chainWide.get("store").isNull()).isTrue();

		var bad = as("manager").header("Accept-Language", "en").post("/api/admin/api-keys",
				Map.of("name", "has space", "store", "NOPE", "scopes", List.of("orders:delete")));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("name", "store", "scopes");
		var taken = chainWide.get("name").asText();
		assertThat(as("admin").post("/api/admin/api-keys", Map.of("name", taken, "store", "SH01", "scopes", List.of("orders:read")))
			.body().at("/errors/0/code").asText()).isEqualTo("apikey.name.taken");
	}
}
