package dev.phaseshift.app.sqlpreview;

/** A run of SQL text of one kind, for highlighting; the tokens of a text concatenate back to it. */
public record SqlToken(String text, Kind kind) {
    public enum Kind {
        KEYWORD, IDENTIFIER, STRING, NUMBER, COMMENT, PUNCTUATION, SPACE
    }
}
