/** Stores, staff users, roles and API keys; who is acting, and for which store. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and stores")
package com.cakeflow.identity;
