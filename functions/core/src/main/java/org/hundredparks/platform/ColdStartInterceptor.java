package org.hundredparks.platform;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Marks each AWS client's first call in {@link ColdStart}: when it is made (what comes before it: the client's own
 * creation, which happens at the first call through Quarkus's client beans), when its HTTP request is sent (after
 * credentials, endpoint resolution, marshalling and signing) and when it is answered. Registered on every client
 * (the {@code quarkus.<service>.interceptors} settings, and the clients core builds itself).
 */
public final class ColdStartInterceptor implements ExecutionInterceptor {

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        mark(attributes, "first call");
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        mark(attributes, "first request sent");
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        mark(attributes, "first answer");
    }

    private static void mark(ExecutionAttributes attributes, String phase) {
        if (ColdStart.reported()) {
            return; // a warm container: no name built on every call
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        ColdStart.mark((service == null ? "aws" : service) + " " + phase);
    }
}
