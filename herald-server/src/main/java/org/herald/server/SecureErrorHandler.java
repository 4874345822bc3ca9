package org.herald.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a request line or header too long, 414 and 431; a malformed request, 400) are written
 * before any route runs, so they would lack the headers {@link SecurityHeaders} puts on every other response.
 * This handler adds the same headers to them.
 */
final class SecureErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.HEADERS.forEach(headers::put);
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.HEADERS.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
