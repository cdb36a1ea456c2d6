/** Payments and refunds in integer fen per method, idempotent per key. */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package com.cakeflow.payment;
