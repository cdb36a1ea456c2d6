package com.cakeflow.inventory;

import com.cakeflow.alerting.DigestPart;
import com.cakeflow.identity.StoreInfo;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The managers' digest's line on stock: the items below their reorder point, in the managers' language. */
@Component
class LowStockDigest implements DigestPart {

	private final Inventory inventory;

	LowStockDigest(Inventory inventory) {
		this.inventory = inventory;
	}

	@Override
	public Map<String, Object> facts(StoreInfo store, LocalDate day, Locale language) {
		var low = inventory.items(store.id()).stream().filter(StockItem::low)
			.map(item -> (language.getLanguage().equals("zh") ? item.nameZh() : item.nameEn()) + ": " + item.available() + " " + item.unit() + " < "
					+ item.reorderPoint())
			.toList();
		return Map.of("lowStock", low);
	}
}
