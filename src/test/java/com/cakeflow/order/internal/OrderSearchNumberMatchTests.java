package com.cakeflow.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How search text matches order numbers: whole numbers exactly, four digits as their end, other parts with a digit from three
 * characters anywhere, never a phone.
 */
class OrderSearchNumberMatchTests {

	@Test
	void aWholeNumberMatchesExactlyInAnyCase() {
		var match = OrderSearch.NumberMatch.of(" cf-20261118-0042 ");
		assertThat(match.equalTo()).isEqualTo("CF-20261118-0042");
		assertThat(match.like()).isNull();
		assertThat(OrderSearch.NumberMatch.of("CF-20261118-123456").equalTo()).isEqualTo("CF-20261118-123456");
	}

	@Test
	void fourDigitsAreTheEndOfANumberAsAPhonesLastFourAre() {
		assertThat(OrderSearch.NumberMatch.of("0042").like()).isEqualTo("%0042");
		assertThat(OrderSearch.NumberMatch.of(" 1214 ").like()).isEqualTo("%1214");
	}

	@Test
	void aPartWithADigitFromThreeCharactersMatchesAnywhereWithWildcardsTakenLiterally() {
		assertThat(OrderSearch.NumberMatch.of("004").like()).isEqualTo("%004%");
		assertThat(OrderSearch.NumberMatch.of("00042").like()).isEqualTo("%00042%");
		assertThat(OrderSearch.NumberMatch.of("1118-00").like()).isEqualTo("%1118-00%");
		assertThat(OrderSearch.NumberMatch.of("4_2%").like()).isEqualTo("%4\\_2\\%%");
	}

	@Test
	void shortTextNamesAndPhonesDoNotMatchNumbers() {
		assertThat(OrderSearch.NumberMatch.of("42").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of("王秀英").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of("CF-").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of("13912345678").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of("139-1234-5678").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of("  ").none()).isTrue();
		assertThat(OrderSearch.NumberMatch.of(null).none()).isTrue();
	}
}
