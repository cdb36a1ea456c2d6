package com.cakeflow.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** After switching store the person is back on the page they were on, and never sent off this site. */
class StoreSwitchPagesTests {

	@Test
	void goesBackToThePageWithoutItsOwnStore() {
		assertThat(StoreSwitchPages.back("http://localhost:8080/orders/board?store=SH01&day=2026-12-04")).isEqualTo("/orders/board?day=2026-12-04");
		assertThat(StoreSwitchPages.back("http://localhost:8080/kitchen/queue?station=BAKE")).isEqualTo("/kitchen/queue?station=BAKE");
		assertThat(StoreSwitchPages.back("http://localhost:8080/inventory?store=SH02")).isEqualTo("/inventory");
		assertThat(StoreSwitchPages.back(null)).isEqualTo("/orders");
	}

	@Test
	void neverLeavesTheSite() {
		assertThat(StoreSwitchPages.back("http://evil.example//evil.example/x")).isEqualTo("/orders");
		assertThat(StoreSwitchPages.back("javascript:alert(1)")).isEqualTo("/orders");
		assertThat(StoreSwitchPages.back("http://localhost/\\\\evil.example")).isEqualTo("/orders");
		assertThat(StoreSwitchPages.back("not a url at all")).isEqualTo("/orders");
		assertThat(StoreSwitchPages.back("http://localhost/stores/current")).as("not the switch itself").isEqualTo("/orders");
	}

	@Property(tries = 2000)
	void whateverTheRefererSaysTheWayBackIsAPathOfThisSite(@ForAll String referer) {
		var back = StoreSwitchPages.back(referer);
		assertThat(back).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
		var query = back.contains("?") ? back.substring(back.indexOf('?') + 1) : "";
		assertThat(query.split("&")).noneMatch(part -> part.startsWith("store="));
	}

	@Property(tries = 2000)
	void aPathOfThisSiteIsKeptWhateverItsHost(@ForAll("paths") String path, @ForAll("hosts") String host) {
		assertThat(StoreSwitchPages.back(host + path)).isEqualTo(path);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> paths() {
		var segment = net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
		return segment.list().ofMinSize(1).ofMaxSize(4).map(parts -> "/" + String.join("/", parts)).filter(p -> !p.startsWith("/stores/"));
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> hosts() {
		return net.jqwik.api.Arbitraries.of("http://localhost:8080", "https://shop.example.cn", "http://10.0.0.5", "");
	}
}
