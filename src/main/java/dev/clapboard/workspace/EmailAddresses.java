package dev.clapboard.workspace;

import dev.clapboard.workspace.domain.Account;
import java.util.regex.Pattern;

/** A pragmatic check of e-mail addresses people type: one @, a dot in the domain, no spaces. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        var trimmed = email.strip();
        return trimmed.length() <= Account.EMAIL_MAX_LENGTH && SHAPE.matcher(trimmed).matches();
    }
}
