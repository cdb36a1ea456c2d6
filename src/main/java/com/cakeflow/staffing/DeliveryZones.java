package com.cakeflow.staffing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery zone of an address: the Shanghai district it names, in Chinese (静安区 / 静安) or pinyin (Jing'an).
 * A driver covers a zone with the skill {@code ZONE_<CODE>}, e.g. {@code ZONE_JINGAN}.
 */
public final class DeliveryZones {

	private static final Map<String, String> DISTRICTS = new LinkedHashMap<>();

	static {
		String[][] districts = { { "黄浦", "HUANGPU" }, { "徐汇", "XUHUI" }, { "长宁", "CHANGNING" }, { "静安", "JINGAN" },
				{ "普陀", "PUTUO" }, { "虹口", "HONGKOU" }, { "杨浦", "YANGPU" }, { "闵行", "MINHANG" }, { "宝山", "BAOSHAN" },
				{ "嘉定", "JIADING" }, { "浦东", "PUDONG" }, { "金山", "JINSHAN" }, { "松江", "SONGJIANG" }, { "青浦", "QINGPU" },
				{ "奉贤", "FENGXIAN" }, { "崇明", "CHONGMING" } };
		for (var district : districts) {
			DISTRICTS.put(district[0], district[1]);
		}
	}

	private DeliveryZones() {
	}

	/** The zone code of the first district the address names, if any. */
	public static Optional<String> of(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		var found = first(address, true);
		if (found == null) {
			found = first(address.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""), false);
		}
		return Optional.ofNullable(found);
	}

	private static String first(String text, boolean chinese) {
		String found = null;
		int at = Integer.MAX_VALUE;
		for (var district : DISTRICTS.entrySet()) {
			int index = text.indexOf(chinese ? district.getKey() : district.getValue());
			if (index >= 0 && index < at) {
				at = index;
				found = district.getValue();
			}
		}
		return found;
	}

	/** The skill a driver needs to cover a zone. */
	public static String skill(String zone) {
		return "ZONE_" + zone;
	}
}
