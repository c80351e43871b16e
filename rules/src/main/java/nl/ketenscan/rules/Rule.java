package nl.ketenscan.rules;

/**
 * One of ketenscan's own rules, of any kind: a {@link PageRule} judges one page, a
 * {@link SiteRule} the pages of an organisation together, a {@link BrowserAudit} what the browser's
 * gatherers saw on a page, a {@link DocumentRule} the facts read from one published PDF. All declare
 * what they are in the same {@link RuleInfo}, so the criteria catalogue, the verdicts, the reports
 * and {@code ketenscan rules} treat them alike.
 */
public sealed interface Rule permits PageRule, SiteRule, BrowserAudit, DocumentRule {

    RuleInfo info();
}
