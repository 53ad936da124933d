package org.allianceplanner.plans;

import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;

/**
 * A document in the store that no longer reads (written by an older version, or damaged). It is
 * reported on its plan or scope (the English detail is what the store records); what needs it
 * answers 409, and the service keeps running.
 */
public class StoredDocumentException extends ConflictException {

    public StoredDocumentException(Message detail) {
        super(Message.of("error.storedDocument.title"), detail);
    }

    /** An error the store recorded earlier (in English), shown again. */
    public static StoredDocumentException recorded(String error) {
        return new StoredDocumentException(Message.of("error.storedDocument.recorded", error));
    }

    /** Which document: {@code document.problem}, {@code document.solution}, {@code document.masterData}… */
    public static Message document(String kind, Object... args) {
        return Message.of("document." + kind, args);
    }
}
