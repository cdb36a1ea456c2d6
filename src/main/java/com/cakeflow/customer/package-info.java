/** Customers found or created by phone, their history, family birthdays and birthday reminders. */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package com.cakeflow.customer;
