package com.cakeflow.order;

/** How the cake reaches the customer. */
public enum FulfillmentType {
	PICKUP, DELIVERY
}
