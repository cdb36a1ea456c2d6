package com.cakeflow.inventory;

/** An inventory item with its stock in one store; available = on hand − reserved. */
public record StockItem(String code, String nameZh, String nameEn, String kind, String unit, long onHand, long reserved,
		long reorderPoint, int leadTimeDays, String supplier, String allergens) {

	public long available() {
		return onHand - reserved;
	}

	public boolean low() {
		return available() < reorderPoint;
	}
}
