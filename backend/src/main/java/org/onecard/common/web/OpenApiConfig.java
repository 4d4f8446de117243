package org.onecard.common.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served spec is the contract committed as openapi/openapi.yaml, so it must not depend on
 * the port or the host it was fetched from.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI oneCardOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OneCard API").version("1")
                        .description("One-card stored-value platform. Amounts are integer fen. Errors are"
                                + " application/problem+json with a stable `code` (see result-codes.json).")
                        .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every operation may answer with a problem; declare the shape once. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ModelConverters.getInstance().read(FieldProblem.class).forEach(openApi.getComponents()::addSchemas);
            ModelConverters.getInstance().read(Problem.class).forEach(openApi.getComponents()::addSchemas);
            Schema<?> ref = new Schema<>().$ref("#/components/schemas/Problem");
            ApiResponse problem = new ApiResponse().description("An error with its catalogue code")
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
            openApi.getPaths().values().forEach(item -> item.readOperations()
                    .forEach(op -> op.getResponses().addApiResponse("default", problem)));
        };
    }
}
