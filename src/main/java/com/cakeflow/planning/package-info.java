/** The production plan of a day: what to bake and prepare when, from the orders and their recipes. */
@org.springframework.modulith.ApplicationModule(displayName = "Production planning")
package com.cakeflow.planning;
