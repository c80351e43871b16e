package nl.ketenscan.rules;

/** What a check concluded about one element: a proven failure, or something a person must judge. */
public enum Outcome {
    FAILED("failed"), NEEDS_REVIEW("needs-review");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    /** The name used in results.json. */
    public String id() {
        return id;
    }

    public static Outcome fromId(String id) {
        for (Outcome outcome : values()) {
            if (outcome.id.equals(id)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome: " + id);
    }
}
