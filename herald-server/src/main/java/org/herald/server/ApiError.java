package org.herald.server;

import java.util.Optional;

/**
 * A request the API answers with an error status and {@code {"error": {"code", "message"}}}, plus
 * {@code "parameter"} when one query parameter is to blame. Thrown by handlers and parameter readers; the server
 * turns it into the response, so handlers read as the happy path.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final Optional<String> parameter;

    ApiError(int status, String code, String message) {
        this(status, code, message, Optional.empty());
    }

    private ApiError(int status, String code, String message, Optional<String> parameter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    /** A 400 for one query parameter: the message should start with its name ("quad must be 1 to 4 …"). */
    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, "bad_request", message, Optional.of(parameter));
    }

    /** A 503 the caller should retry: the server is overloaded or a query ran out of time; not the caller's fault. */
    static ApiError unavailable(String code, String message) {
        return new ApiError(503, code, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Optional<String> parameter() {
        return parameter;
    }
}
