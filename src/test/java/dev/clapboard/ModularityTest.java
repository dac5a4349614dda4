package dev.clapboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void features_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_feature_of_the_architecture_is_a_module() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "security", "workspace", "campaign", "prompt", "generation", "notification", "review",
                        "finance", "compliance", "audit", "api", "privacy");
    }

    @Test
    void module_documentation_is_generated() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
