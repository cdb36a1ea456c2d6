/** Alerts staff must act on (overdue, at risk, low stock) and the outbox of mails and texts to customers and staff. */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts and notifications")
package com.cakeflow.alerting;
