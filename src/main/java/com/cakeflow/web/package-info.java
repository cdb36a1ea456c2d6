/**
 * The web shell: layout, login, language switch, home page, and the one place domain problems become RFC 9457
 * answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package com.cakeflow.web;
