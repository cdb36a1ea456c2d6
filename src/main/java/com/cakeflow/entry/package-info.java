/**
 * Free-text order entry: reads an order as a clerk types or pastes it (and as customers write it) into a draft for the
 * order form ({@link com.cakeflow.entry.OrderTextParser}), and proofreads inscriptions (room on the cake, mixed
 * simplified and traditional characters, typos, names as the customer's family writes them). Depends on the catalog
 * and shared value types only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Free-text entry")
package com.cakeflow.entry;
