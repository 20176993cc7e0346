package org.hundredparks.functions.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hundredparks.local.aws.AwsEventShapes;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/** The function as Lambda runs it: the event posted to Quarkus's Lambda test server, the response read back. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class MatchingFunctionTest {

    @Test
    void takesAwsStreamBatchesAndReportsNoFailures() {
        given().contentType(ContentType.JSON).body(AwsEventShapes.sample("dynamodb-stream.json").toString())
                .when().post()
                .then().statusCode(200).body("batchItemFailures", empty());
    }

    @Test
    void reportsABrokenRecordByItsSequenceNumberAndKeepsTheRest() {
        String event = """
                {"Records": [
                  {"eventID": "1", "eventName": "INSERT", "eventSource": "aws:dynamodb",
                   "dynamodb": {"Keys": {"pk": {"S": "ITEM#a"}, "sk": {"S": "BID#b1"}},
                                "NewImage": {"pk": {"S": "ITEM#a"}, "sk": {"S": "BID#b1"}, "type": {"S": "BID"}},
                                "SequenceNumber": "100", "SizeBytes": 10, "StreamViewType": "NEW_AND_OLD_IMAGES"}},
                  {"eventID": "2", "eventName": "TRUNCATE", "eventSource": "aws:dynamodb",
                   "dynamodb": {"Keys": {"pk": {"S": "ITEM#b"}, "sk": {"S": "ITEM"}},
                                "SequenceNumber": "101", "SizeBytes": 10, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                ]}""";
        given().contentType(ContentType.JSON).body(event).when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("101"));
    }
}
