package com.cakeflow.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code cakeflow.store.*}).
 *
 * @param defaultCode the store that takes orders when none is named
 */
@ConfigurationProperties("cakeflow.store")
public record IdentityProperties(@DefaultValue("SH01") String defaultCode) {
}
