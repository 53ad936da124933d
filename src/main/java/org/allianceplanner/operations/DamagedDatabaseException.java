package org.allianceplanner.operations;

import org.allianceplanner.messages.Message;

/** The embedded database file cannot be used; {@link DamagedDatabaseFailureAnalyzer} says what to do. */
public class DamagedDatabaseException extends RuntimeException {

    private final Message sentence;

    DamagedDatabaseException(Message sentence) {
        super(sentence.en());
        this.sentence = sentence;
    }

    /** What is wrong, where the backups are and the command that restores the latest, in both languages. */
    public Message sentence() {
        return sentence;
    }
}
