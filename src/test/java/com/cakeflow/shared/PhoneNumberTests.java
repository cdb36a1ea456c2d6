package com.cakeflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678", "008613812345678",
			"8613812345678", "(138)1234-5678" })
	void normalisesMainlandMobileNumbersToElevenDigits(String text) {
		assertThat(PhoneNumber.parse(text)).contains(new PhoneNumber("13812345678"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "12812345678", "1381234567", "138123456789", "021-62880000", "abc13812345678" })
	void rejectsWhatIsNotAMainlandMobileNumber(String text) {
		assertThat(PhoneNumber.parse(text)).isEmpty();
	}
}
