package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence ketenscan tells a reader, kept as a key into its message bundle
 * ({@code nl/ketenscan/rules/messages_<lang>.properties}) and the arguments the sentence needs, so
 * the report words it in its own language when it is rendered, not when the page is checked. Rules
 * and the crawler produce messages; only the report resolves them.
 *
 * <p>An argument is a string quoted from the page or the engine (a link text, a colour), a number
 * (written as the report's language writes numbers: "4,5" in Dutch) or another message, for a part
 * that itself needs wording, such as a language's name. {@link #VERBATIM} carries a text as it is:
 * what stores written before messages had keys hold, and text that has no words of ketenscan's.
 *
 * @param key  the bundle key, e.g. {@code link-text-generic.generic}
 * @param args the sentence's arguments: {@link String}, {@link Long}, {@link Double} or {@link Message}
 */
public record Message(String key, List<Object> args) {

    /** The key whose sentence is its one argument, word for word. */
    public static final String VERBATIM = "verbatim";

    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> checked = new ArrayList<>(args.size());
        for (Object arg : args) {
            checked.add(argument(arg));
        }
        args = List.copyOf(checked);
    }

    /** The sentence under {@code key}, with its arguments in the order the bundle numbers them. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** A text shown as it is, in whatever language it was written. */
    public static Message verbatim(String text) {
        return of(VERBATIM, text);
    }

    public boolean isVerbatim() {
        return key.equals(VERBATIM);
    }

    private static Object argument(Object arg) {
        Objects.requireNonNull(arg, "a message argument");
        if (arg instanceof Integer || arg instanceof Long) {
            return ((Number) arg).longValue();
        }
        if (arg instanceof Float || arg instanceof Double) {
            return ((Number) arg).doubleValue();
        }
        if (arg instanceof String || arg instanceof Message) {
            return arg;
        }
        throw new IllegalArgumentException("a message argument is a string, a number or a message, not "
                + arg.getClass().getName());
    }
}
