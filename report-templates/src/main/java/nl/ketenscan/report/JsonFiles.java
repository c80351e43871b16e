package nl.ketenscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a JSON document as indented UTF-8 with a final newline, the way every ketenscan export does. */
final class JsonFiles {

    private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private JsonFiles() {
    }

    static void write(JsonNode json, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(WRITER.writeValueAsBytes(json));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
    }
}
