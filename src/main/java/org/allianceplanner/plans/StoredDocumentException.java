package org.allianceplanner.plans;

/**
 * A document in the store that no longer reads (written by an older version, or damaged). It is
 * reported on its plan or scope; what needs it answers 409, and the service keeps running.
 */
public class StoredDocumentException extends ConflictException {

    public StoredDocumentException(String detail) {
        super("已存储的文档无法读取 / Stored document cannot be read", detail);
    }
}
