package org.ownmeet.installers.verify;

/** Check 6: the temporary account is deleted again, whatever the other checks found. */
final class AccountRemoval {
    private AccountRemoval() {
    }

    /** {@code account} may be null when none was created; there is then nothing to remove. */
    static CheckResult run(TemporaryAccounts accounts, TemporaryAccount account, String domain) {
        if (account == null) {
            return CheckResult.passed(CheckId.VERIFICATION_ACCOUNT_REMOVED);
        }
        try {
            accounts.delete(account.username());
            return CheckResult.passed(CheckId.VERIFICATION_ACCOUNT_REMOVED);
        } catch (RuntimeException e) {
            return CheckResult.failed(CheckId.VERIFICATION_ACCOUNT_REMOVED, "The temporary verification account "
                    + account.username() + " could not be removed. It cannot be used without its password, which "
                    + "nobody knows, but remove it by hand: prosodyctl deluser " + account.username() + "@" + domain,
                    Failures.describe(e));
        }
    }
}
