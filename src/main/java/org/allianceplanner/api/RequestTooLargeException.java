package org.allianceplanner.api;

import org.allianceplanner.messages.AllianceException;
import org.allianceplanner.messages.Message;

/** A request body above the configured maximum: answered with 413. */
class RequestTooLargeException extends AllianceException {

    RequestTooLargeException(long maxBytes) {
        super(Message.of("error.tooLarge.title"), Message.of("error.tooLarge.detail", maxBytes));
    }
}
