/** Who works when, with which skills, and matching staff to an order's tasks. */
@org.springframework.modulith.ApplicationModule(displayName = "Staffing")
package com.cakeflow.staffing;
