package nl.ketenscan.crawler.documents;

import nl.ketenscan.rules.Message;

/** A document ketenscan could not read within its limits; its reason is the document's recorded error. */
final class UnreadableDocument extends Exception {

    private final transient Message reason;

    UnreadableDocument(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
