package org.hundredparks.api.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Every operation can fail with problem+json (bad input, no token, no right, conflicts): say so in the
 * contract once, here, instead of on each of them. Run when the contract is built, like StatedRules. The native
 * build (the default deployment) carries no OpenAPI runtime at all (functions/api/pom.xml): the contract is
 * openapi/openapi.yaml.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("4XX") == null) {
            operation.getResponses().addAPIResponse("4XX", OASFactory.createAPIResponse()
                    .description("请求有误、未登录、无权限或冲突：problem+json，含稳定的 code、字段路径与中文说明")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        }
        return operation;
    }
}
