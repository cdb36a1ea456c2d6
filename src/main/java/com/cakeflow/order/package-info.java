/**
 * The cake order: intake, changes, cancellation, payments taken, its Camunda process and delegates, and the staff
 * screens of an order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package com.cakeflow.order;
