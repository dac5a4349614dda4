package dev.clapboard.workspace;

import dev.clapboard.security.SecretSealer;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.RecoveryCode;
import dev.clapboard.workspace.domain.RecoveryCodeRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Checks a second factor against a (locked) account: a current authenticator code not used before, or an
 * unused recovery code. Accepting one spends it, in the caller's transaction.
 */
@Component
class SecondFactorCheck {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    private final SecretSealer sealer;
    private final RecoveryCodeRepository recoveryCodes;
    private final Clock clock;

    SecondFactorCheck(SecretSealer sealer, RecoveryCodeRepository recoveryCodes, Clock clock) {
        this.sealer = sealer;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    /** True when {@code code} is the account's current authenticator code or one of its recovery codes. */
    boolean accept(Account account, String code) {
        return acceptAuthenticatorCode(account, code) || acceptRecoveryCode(account, code);
    }

    boolean acceptAuthenticatorCode(Account account, String code) {
        var sealed = account.getTotpSecretCipher();
        if (sealed == null) {
            return false;
        }
        var step = Totp.matchingStep(sealer.decrypt(sealed), code, clock.instant(), account.getTotpLastStep());
        step.ifPresent(account::acceptTotpStep);
        return step.isPresent();
    }

    private boolean acceptRecoveryCode(Account account, String code) {
        var normalised = normalise(code);
        return normalised.length() == 10
                && recoveryCodes.use(account.getId(), InviteService.hash(normalised), clock.instant()) == 1;
    }

    /** Replaces the account's recovery codes with new ones; returns them for the member to keep (shown once). */
    List<String> newRecoveryCodes(Account account) {
        recoveryCodes.deleteAllOf(account.getId());
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new RecoveryCode(account.getId(), InviteService.hash(code.toString())));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    String seal(String secret) {
        return sealer.encrypt(secret);
    }

    long recoveryCodesLeft(Account account) {
        return recoveryCodes.countByAccountIdAndUsedAtIsNull(account.getId());
    }

    void removeRecoveryCodes(Account account) {
        recoveryCodes.deleteAllOf(account.getId());
    }

    /** People copy codes with spaces, dashes and capitals; none of those matter. */
    private static String normalise(String code) {
        return Objects.requireNonNull(code).replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
