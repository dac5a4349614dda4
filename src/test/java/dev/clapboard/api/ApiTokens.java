package dev.clapboard.api;

import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Creates API tokens as an admin would, for tests that call the REST API. */
@Component
public class ApiTokens {

    private final ApiTokenService tokens;
    private final SignIn signIn;

    ApiTokens(ApiTokenService tokens, SignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
    }

    /** A token of the demo workspace, made by its admin; returns the secret. */
    public String create(String name, ApiScope... scopes) {
        return createAs(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, name, scopes).secret();
    }

    /** Every scope. */
    public String all(String name) {
        return create(name, ApiScope.values());
    }

    public NewApiToken createAs(String email, String password, String name, ApiScope... scopes) {
        signIn.as(email, password);
        try {
            return tokens.create(new ApiTokenDraft(name, Set.of(scopes), 30));
        } finally {
            SignIn.out();
        }
    }
}
