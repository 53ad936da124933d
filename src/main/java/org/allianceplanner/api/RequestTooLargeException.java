package org.allianceplanner.api;

/** A request body above the configured maximum. */
class RequestTooLargeException extends RuntimeException {

    RequestTooLargeException(long maxBytes) {
        super("The request body is larger than the maximum of %d bytes / 请求体超过%d字节上限".formatted(maxBytes, maxBytes));
    }
}
