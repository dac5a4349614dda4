package dev.clapboard.security;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate which workspace a session works in, so every {@code @TenantId} entity is filled and
 * filtered by it. Without a member (or system actor) the tenant is one no row has: nothing is read, and a
 * write fails on its foreign key instead of landing in a wrong workspace.
 *
 * @see <a href="../../../../../docs/decisions/0003-tenancy-with-tenant-id.md">0003 Tenancy</a>
 */
@Component
class WorkspaceTenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    static final long NO_WORKSPACE = -1L;

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return CurrentUser.find().map(ClapboardUser::workspaceId).orElse(NO_WORKSPACE);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
