/**
 * Free-text order entry: reads an order as a clerk types or pastes it (and as customers write it) into a draft for the
 * order form ({@link com.cakeflow.entry.OrderTextParser}), and proofreads inscriptions (room on the cake, mixed
 * simplified and traditional characters, typos, names as the customer's family writes them). The reader depends on the
 * catalog and shared value types only; its endpoint ({@code POST /api/orders/parse}, {@code entry.web}) also on
 * identity, for the store whose zone relative dates are read in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Free-text entry")
package com.cakeflow.entry;
