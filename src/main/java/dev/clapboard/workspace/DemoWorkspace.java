package dev.clapboard.workspace;

import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo workspace "Northwind Media" with one member per role (logins in the README). Created on the
 * first start of the demo profile only; later starts find it and keep whatever was changed.
 */
@Component
@Profile("demo")
@Order(0)
class DemoWorkspace implements ApplicationRunner {

    static final String NAME = "Northwind Media";

    record DemoMember(String role, String name, String email, String password) {
    }

    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember(Roles.ADMIN, "Alice Adams", "admin@northwind.example", "northwind-admin"),
            new DemoMember(Roles.MANAGER, "Marco Manning", "manager@northwind.example", "northwind-manager"),
            new DemoMember(Roles.CREATOR, "Chloe Carter", "creator@northwind.example", "northwind-creator"),
            new DemoMember(Roles.REVIEWER, "Ravi Reddy", "reviewer@northwind.example", "northwind-reviewer"));

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoWorkspace(WorkspaceRepository workspaces, AccountRepository accounts, MembershipRepository memberships,
            PasswordEncoder passwordEncoder, TransactionTemplate transaction, ApplicationEventPublisher events,
            Clock clock) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var ready = transaction.execute(status -> workspaces.findFirstByName(NAME)
                .map(this::describe).orElseGet(this::create));
        if (ready != null) {
            events.publishEvent(ready);
        }
    }

    private DemoWorkspaceReady create() {
        var now = clock.instant();
        var workspace = workspaces.save(new Workspace(NAME, now));
        var ids = new LinkedHashMap<String, Long>();
        for (var member : MEMBERS) {
            var account = accounts.findByEmail(member.email()).orElseGet(() -> accounts.save(
                    new Account(member.email(), member.name(), passwordEncoder.encode(member.password()), now)));
            memberships.save(new Membership(workspace.getId(), account.getId(), member.role(), now));
            ids.put(member.role(), account.getId());
        }
        log.info("Demo workspace '{}' created with {} members (logins in the README)", NAME, MEMBERS.size());
        return new DemoWorkspaceReady(workspace.getId(), ids);
    }

    private DemoWorkspaceReady describe(Workspace workspace) {
        var ids = new LinkedHashMap<String, Long>();
        for (var member : MEMBERS) {
            accounts.findByEmail(member.email()).ifPresent(a -> ids.put(member.role(), a.getId()));
        }
        return new DemoWorkspaceReady(workspace.getId(), ids);
    }
}
