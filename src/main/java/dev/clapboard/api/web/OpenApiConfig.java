package dev.clapboard.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer-token scheme every operation uses. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI clapboardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Clapboard API").version("v1").description("""
                        Campaigns, cards, prompt versions, generations, media and ROI reports of one workspace. \
                        Authenticate with an API token (Authorization: Bearer cbk_...); each operation needs the \
                        scope it names. Errors are RFC 9457 problem+json; lists page with an opaque cursor; POSTs \
                        honour Idempotency-Key. Unknown JSON fields are ignored."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cbk_...")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
