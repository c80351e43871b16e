package nl.ketenscan.crawler.documents;

/** A document ketenscan could not read within its limits; the message is the document's recorded error. */
final class UnreadableDocument extends Exception {

    UnreadableDocument(String message) {
        super(message);
    }
}
