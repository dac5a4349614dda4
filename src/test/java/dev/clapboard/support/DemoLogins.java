package dev.clapboard.support;

/** The demo members' logins, as the README lists them. */
public enum DemoLogins {
    ADMIN("admin@northwind.example", "northwind-admin"),
    MANAGER("manager@northwind.example", "northwind-manager"),
    CREATOR("creator@northwind.example", "northwind-creator"),
    REVIEWER("reviewer@northwind.example", "northwind-reviewer");

    public final String email;
    public final String password;

    DemoLogins(String email, String password) {
        this.email = email;
        this.password = password;
    }
}
