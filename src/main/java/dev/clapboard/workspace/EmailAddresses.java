package dev.clapboard.workspace;

import dev.clapboard.workspace.domain.Account;
import java.util.regex.Pattern;

/**
 * A pragmatic check of e-mail addresses people type: one @, a dot in the domain, no spaces. The local part takes
 * only the characters RFC 5322 allows unquoted (no markup, no control or invisible characters, so an address
 * cannot pass for another one in a list); the domain takes letters of any script, digits and hyphens.
 */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}$");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        var trimmed = email.strip();
        return trimmed.length() <= Account.EMAIL_MAX_LENGTH && SHAPE.matcher(trimmed).matches();
    }
}
