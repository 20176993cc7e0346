package org.hundredparks.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.platform.ColdStartInterceptor;
import org.hundredparks.platform.NoExpectContinue;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients Quarkus builds from core's settings (quarkus.&lt;service&gt;.interceptors) carry the platform's interceptors:
 * a misspelt class name or list there would leave uploads unretried and the cold-start breakdown empty, silently.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class AwsClientSettingsTest {

    @Inject
    S3Client s3;
    @Inject
    DynamoDbClient dynamo;

    @Test
    void s3UploadsGoWithoutExpectContinueAndBothClientsMarkTheirFirstCall() {
        List<ExecutionInterceptor> s3Interceptors = s3.serviceClientConfiguration().overrideConfiguration().executionInterceptors();
        assertTrue(s3Interceptors.stream().anyMatch(NoExpectContinue.class::isInstance), "S3: " + s3Interceptors);
        assertTrue(s3Interceptors.stream().anyMatch(ColdStartInterceptor.class::isInstance), "S3: " + s3Interceptors);
        List<ExecutionInterceptor> dynamoInterceptors = dynamo.serviceClientConfiguration().overrideConfiguration().executionInterceptors();
        assertTrue(dynamoInterceptors.stream().anyMatch(ColdStartInterceptor.class::isInstance), "DynamoDB: " + dynamoInterceptors);
    }
}
