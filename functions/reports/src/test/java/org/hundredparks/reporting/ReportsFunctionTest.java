package org.hundredparks.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hundredparks.local.aws.AwsEventShapes;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class ReportsFunctionTest {

    @Test
    void takesAwsSqsBatches() {
        given().contentType(ContentType.JSON).body(AwsEventShapes.sample("sqs.json").toString())
                .when().post()
                .then().statusCode(200).body("batchItemFailures", empty());
    }

    @Test
    void reportsAnEmptyMessageByItsId() {
        given().contentType(ContentType.JSON)
                .body("{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"{}\"},{\"messageId\":\"m-2\",\"body\":\"\"}]}")
                .when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("m-2"));
    }
}
