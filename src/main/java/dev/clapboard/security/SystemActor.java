package dev.clapboard.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs background work (jobs, seeders, listeners) as the workspace it belongs to. Such work has no
 * signed-in member, so it must name its tenant from its own data before it touches an entity.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T callInWorkspace(long workspaceId, Supplier<T> work) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var previous = strategy.getContext();
        var seat = new WorkspaceSeat(workspaceId, "system", Roles.SYSTEM);
        var system = new ClapboardUser(0, "system@clapboard.local", "Clapboard", null, true, null, seat, List.of(seat));
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public static void runInWorkspace(long workspaceId, Runnable work) {
        callInWorkspace(workspaceId, () -> {
            work.run();
            return null;
        });
    }
}
