package com.cakeflow.alerting;

import com.cakeflow.identity.StoreInfo;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What a module adds to a store's morning digest for its managers ({@link ManagerDigest}): variables of the mail
 * template {@code mail/DAILY_DIGEST}. Orders tell today's and yesterday's numbers, inventory what runs low; alerting
 * adds the open alerts itself. A module implements this as a bean; the digest does not know the modules.
 */
public interface DigestPart {

	/** The variables of this part for the store's digest of the day, in the managers' language. */
	Map<String, Object> facts(StoreInfo store, LocalDate day, Locale language);
}
