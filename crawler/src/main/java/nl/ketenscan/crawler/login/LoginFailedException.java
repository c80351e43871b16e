package nl.ketenscan.crawler.login;

/**
 * A login that did not work: the form was not found, or after sending it the page showed no sign of
 * being logged in. The scan must stop rather than check the login page as if it were the site. The
 * message says what was looked for and where the browser ended; it never holds a user name or password.
 */
public final class LoginFailedException extends RuntimeException {

    public LoginFailedException(String message) {
        super(message);
    }
}
