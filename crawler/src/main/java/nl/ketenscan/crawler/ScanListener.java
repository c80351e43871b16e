package nl.ketenscan.crawler;

import nl.ketenscan.rules.Message;

/** What a running scan tells whoever watches it. Called from worker threads. */
public interface ScanListener {
    /** A page was checked and stored. */
    void pageDone(String organisation, String url, boolean failed, int done, int queued);
    /** Something the user should know (skipped seed, robots.txt blocks, a host stopped answering). */
    void note(String organisation, Message message);
}
