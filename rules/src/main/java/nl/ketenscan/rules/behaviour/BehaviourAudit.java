package nl.ketenscan.rules.behaviour;

import nl.ketenscan.rules.BrowserAudit;

/** An audit of what the page did: all of them judge the one {@link PageBehaviour} gathered per page. */
interface BehaviourAudit extends BrowserAudit<PageBehaviour> {

    /** A page is named by its first few findings of one audit; the pattern is usually the same throughout. */
    int MAX_FINDINGS = 5;

    @Override
    default Class<PageBehaviour> artifact() {
        return PageBehaviour.class;
    }
}
