package com.cakeflow.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Proofreading inscriptions: room, scripts, phrase and spelling typos, names against the customer's record. */
class InscriptionChecksTests {

	final InscriptionChecks checks = new InscriptionChecks(OrderTextParserTests.messages());

	InscriptionChecks.Result check(String text, List<String> names) {
		return checks.check(text, 16, 8, names, Locale.CHINA);
	}

	@Test
	void acceptsACorrectGreetingWithoutAWord() {
		assertThat(check("祝妈妈生日快乐 福如东海", List.of("张女士")).warnings()).isEmpty();
		assertThat(check("新婚快乐", List.of()).warnings()).as("another greeting, not a typo of 生日快乐").isEmpty();
		assertThat(check("Happy Birthday Anna", List.of()).warnings()).isEmpty();
	}

	@Test
	void asksAboutTyposInFrequentPhrases() {
		assertThat(check("生曰快乐", List.of()).warnings()).containsExactly("「生曰快乐」是不是「生日快乐」？");
		assertThat(check("生日块乐", List.of()).warnings()).containsExactly("「生日块乐」是不是「生日快乐」？");
		assertThat(check("福如冬海 寿比男山", List.of()).warnings()).containsExactly("「福如冬海」是不是「福如东海」？", "「寿比男山」是不是「寿比南山」？");
		assertThat(check("Happy Brithday", List.of()).warnings()).containsExactly("「Brithday」是不是「Birthday」？");
	}

	@Test
	void warnsWhenSimplifiedAndTraditionalAreMixedAndOffersBoth() {
		var mixed = check("生日快樂 爸爸长寿", List.of());
		assertThat(mixed.mixedScripts()).isTrue();
		assertThat(mixed.warnings()).singleElement().asString().startsWith("简体和繁体混用了");
		assertThat(mixed.simplified()).isEqualTo("生日快乐 爸爸长寿");
		assertThat(mixed.traditional()).isEqualTo("生日快樂 爸爸長壽");
		assertThat(check("生日快樂", List.of()).mixedScripts()).as("all traditional is fine").isFalse();
	}

	@Test
	void asksAboutNamesWrittenOtherwiseThanOnRecord() {
		assertThat(check("小语生日快乐", List.of("张小雨")).warnings()).containsExactly("「小语」和顾客档案里的「小雨」写法不同，请确认");
		assertThat(check("张小雨生日快乐", List.of("张小雨")).warnings()).isEmpty();
		assertThat(check("宝贝生日快乐", List.of("张小雨")).warnings()).isEmpty();
	}

	@Test
	void warnsWhenTheTextIsTooLongOrTooSmallToRead() {
		var result = checks.check("祝亲爱的妈妈生日快乐身体健康万事如意", 12, 6, List.of(), Locale.CHINA);
		assertThat(result.warnings()).contains("写字约 18 个字，这个尺寸最多 12 个字", "字只能写约 5 毫米高，看不清，建议缩短");
		assertThat(result.letterMillimetres(6)).isEqualTo(5);
	}
}
