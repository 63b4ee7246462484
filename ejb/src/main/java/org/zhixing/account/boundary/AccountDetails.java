package org.zhixing.account.boundary;

import java.time.Instant;
import org.zhixing.account.entity.AccountState;

/**
 * One person's account as an admin of their scope sees it.
 *
 * @param initialCode the one-time code the account was made with, while the person has not replaced it and no admin
 *     has reset it; null otherwise
 * @param lockedOut whether brute-force detection locks them out now; null when Keycloak could not be asked
 * @param passwordChangeRequired whether the next login asks for a new password; null when Keycloak could not be asked
 */
public record AccountDetails(
    long personId,
    String username,
    AccountState state,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    String initialCode,
    Boolean lockedOut,
    Boolean passwordChangeRequired) {}
