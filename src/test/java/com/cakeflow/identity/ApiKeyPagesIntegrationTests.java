package com.cakeflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The managers' API key page: make a key (its secret shown once), see it listed without it, revoke it. */
@CakeFlowIntegrationTest
class ApiKeyPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aManagerMakesAKeySeesItsSecretOnceAndRevokesIt() {
		var manager = BrowserSession.login(port, "manager");
		var page = manager.get("/admin/api-keys");
		assertThat(page.select("#store option").eachAttr("value")).contains("SH01").doesNotContain("");
		var name = "web-" + System.nanoTime();

		var created = manager.post("/admin/api-keys", page, Map.of("name", name, "store", "SH01", "scopes", "orders:read"));
		var secret = created.selectFirst("#secret").val();
		assertThat(secret).startsWith("cf_");
		var item = created.selectFirst("#keys [data-key='" + name + "']");
		assertThat(item.text()).contains(secret.substring(0, 11)).contains("SH01").contains("orders:read").contains("manager")
			.doesNotContain(secret.substring(11));
		assertThat(ApiClient.withKey(port, secret).get("/api/orders?size=1").status()).isEqualTo(200);

		var again = manager.get("/admin/api-keys");
		assertThat(again.selectFirst("#secret")).as("shown once").isNull();
		assertThat(again.html()).doesNotContain(secret.substring(11));

		var revoked = manager.post(again.selectFirst("#keys [data-key='" + name + "'] form").attr("action"), again, Map.of());
		assertThat(revoked.selectFirst("#revoked").text()).contains(name);
		assertThat(revoked.selectFirst("#keys [data-key='" + name + "']").text()).contains("已撤销").contains("manager 撤销于");
		assertThat(revoked.select("#keys [data-key='" + name + "'] form")).isEmpty();
		assertThat(ApiClient.withKey(port, secret).get("/api/orders?size=1").status()).isEqualTo(401);
	}

	@Test
	void aBadFormIsAnsweredWithTheFieldsNamedAndOnlyManagersSeeThePage() {
		var manager = BrowserSession.login(port, "manager");
		var page = manager.get("/admin/api-keys");
		var refused = manager.post("/admin/api-keys", page, Map.of("name", "has space", "store", "SH01"));
		assertThat(refused.selectFirst("#name").hasClass("is-invalid")).isTrue();
		assertThat(refused.selectFirst("#name").val()).isEqualTo("has space");
		assertThat(refused.select("fieldset .text-danger").text()).isEqualTo("请至少选择一个权限范围");
		assertThat(refused.selectFirst("#secret")).isNull();
		assertThat(BrowserSession.login(port, "clerk").getStatus("/admin/api-keys")).isEqualTo(403);
	}
}
