/** Value types shared by every module (money in fen, phone numbers, domain problems); no services. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package com.cakeflow.shared;
