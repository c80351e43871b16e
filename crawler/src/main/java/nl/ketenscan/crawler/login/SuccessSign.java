package nl.ketenscan.crawler.login;

import java.util.regex.Pattern;

/** How ketenscan tells that a login worked: what only a logged-in page has. */
public sealed interface SuccessSign {

    /** An element only a logged-in page has, e.g. the logout button, by CSS selector. */
    record Element(String selector) implements SuccessSign {
        @Override
        public String describe() {
            return "an element " + selector;
        }

        @Override
        public boolean shows(String url, boolean elementFound) {
            return elementFound;
        }
    }

    /** The address the browser is at after logging in, a regular expression searched in the URL. */
    record Url(Pattern pattern) implements SuccessSign {
        @Override
        public String describe() {
            return "an address matching " + pattern.pattern();
        }

        @Override
        public boolean shows(String url, boolean elementFound) {
            return pattern.matcher(url).find();
        }
    }

    /** What ketenscan looked for, for messages. */
    String describe();

    /**
     * Whether a page at {@code url} shows it; {@code elementFound} says whether that page has the
     * element of an {@link Element} sign.
     */
    boolean shows(String url, boolean elementFound);
}
