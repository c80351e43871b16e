package nl.ketenscan.cli;

import org.yaml.snakeyaml.error.Mark;

/**
 * A configuration file ketenscan cannot use. The message reads
 * {@code <file>:<line>:<column>: <what is wrong and what to write instead>}, the form editors and CI
 * logs turn into a link to the spot.
 */
public final class ConfigException extends Exception {

    ConfigException(String message) {
        super(message);
    }

    /** SnakeYAML counts lines and columns from 0; people and editors count from 1. */
    static ConfigException at(String file, Mark mark, String what) {
        return new ConfigException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": " + what);
    }
}
