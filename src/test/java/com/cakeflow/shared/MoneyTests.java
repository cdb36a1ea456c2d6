package com.cakeflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

	@ParameterizedTest
	@CsvSource({ "19800, 30, 6000", "20300, 30, 6100", "29300, 30, 8800", "19800, 100, 19800", "19800, 0, 0", "50, 30, 50" })
	void depositIsAPercentageRoundedUpToAWholeYuanButNeverAboveTheTotal(long total, int percent, long deposit) {
		assertThat(Money.percentRoundedUpToYuan(total, percent)).isEqualTo(deposit);
	}

	@ParameterizedTest
	@CsvSource({ "19800, ¥198.00", "5, ¥0.05", "0, ¥0.00" })
	void showsFenAsYuan(long fen, String shown) {
		assertThat(Money.yuan(fen)).isEqualTo(shown);
	}

	@Test
	void readsAmountsTypedInYuanAndRefusesTheRest() {
		assertThat(Money.parseYuan("138")).contains(13800L);
		assertThat(Money.parseYuan(" ¥138.5 ")).contains(13850L);
		assertThat(Money.parseYuan("1,038.05")).contains(103805L);
		assertThat(Money.parseYuan("0")).isEmpty();
		assertThat(Money.parseYuan("-5")).isEmpty();
		assertThat(Money.parseYuan("1.005")).isEmpty();
		assertThat(Money.parseYuan("abc")).isEmpty();
		assertThat(Money.parseYuan(null)).isEmpty();
	}
}
