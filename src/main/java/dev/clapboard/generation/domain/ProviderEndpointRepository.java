package dev.clapboard.generation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Only the current workspace's endpoints: Hibernate adds the tenant to every query. */
public interface ProviderEndpointRepository extends JpaRepository<ProviderEndpoint, Long> {

    List<ProviderEndpoint> findAllByOrderByDisplayNameAsc();

    List<ProviderEndpoint> findByEnabledTrueOrderByDisplayNameAsc();
}
