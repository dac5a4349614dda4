package dev.clapboard.workspace;

import dev.clapboard.security.SecretSealer;
import dev.clapboard.workspace.domain.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, seals members' two-factor secrets again with the current master key when they were sealed with the
 * previous one ({@code clapboard.secrets.previous-master-key}), as the generation feature does for provider keys.
 * A secret no key opens is left alone and logged: that member signs in with a recovery code, or an admin resets
 * their two-factor sign-in.
 */
@Component
class TwoFactorSecretsRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorSecretsRotation.class);

    private final AccountRepository accounts;
    private final SecretSealer sealer;

    TwoFactorSecretsRotation(AccountRepository accounts, SecretSealer sealer) {
        this.accounts = accounts;
        this.sealer = sealer;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var account : accounts.findByTotpSecretCipherIsNotNull()) {
            try {
                sealer.resealed(account.getTotpSecretCipher()).ifPresent(account::resealTwoFactorSecret);
            } catch (IllegalStateException wrongKey) {
                log.warn("The master key does not open the two-factor secret of account {}", account.getId());
            }
        }
    }
}
