package org.onecard.payments.gateway.wechat;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends the SDK's calls to another base address (the simulator) with the same path and query.
 * The SDK signs the path and query, which stay as they were, so nothing else changes.
 */
final class BaseUrlRewrite implements Interceptor {

    private final HttpUrl base;

    BaseUrlRewrite(String baseUrl) {
        this.base = HttpUrl.get(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl original = chain.request().url();
        HttpUrl.Builder target = base.newBuilder().encodedQuery(original.encodedQuery());
        for (String segment : original.encodedPathSegments()) {
            target.addEncodedPathSegment(segment);
        }
        return chain.proceed(chain.request().newBuilder().url(target.build()).build());
    }
}
