package org.hundredparks.platform;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Takes {@code Expect: 100-continue} off the requests (the S3 client puts it on every upload), so that an upload on a
 * kept-alive connection the server has meanwhile closed is retried rather than lost.
 *
 * <p>With that header the JDK's URL connection reads the server's interim answer while it opens the upload's body
 * stream; on a closed connection the read fails, and the SDK's URL-connection client (2.42) passes that failure on
 * as an {@code UncheckedIOException}, which its retries never see (aws/aws-sdk-java-v2#7347 fixed it in a later
 * release). Without the header the same failure comes when the answer is read, as the {@code IOException} the
 * retries are made for. What the header would save, a body sent to a server that refuses it, is rare for the
 * platform's own objects, and S3 answers such a refusal in any case.
 */
public final class NoExpectContinue implements ExecutionInterceptor {

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader("Expect").isPresent() ? request.toBuilder().removeHeader("Expect").build() : request;
    }
}
