/** What the shop sells: cake sizes, flavors, add-ons and their prices, read once and kept a minute. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package com.cakeflow.catalog;
