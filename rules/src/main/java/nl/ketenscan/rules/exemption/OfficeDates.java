package nl.ketenscan.rules.exemption;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads when an Office Open XML file (docx, xlsx, pptx) or OpenDocument file was created: both are
 * zip archives with the creation date in a small XML part, {@code docProps/core.xml}
 * ({@code dcterms:created}) or {@code meta.xml} ({@code meta:creation-date}).
 *
 * <p>The archive is read as a stream, so a body cut off at the size limit still gives the date when
 * the part comes before the cut; at most 64 KB of the part are inflated, so a crafted archive cannot
 * exhaust memory. Old binary Word and Excel files are not zip archives and give no date.
 */
final class OfficeDates {

    private static final int MAX_PART = 64 * 1024;
    private static final Pattern OOXML_CREATED = Pattern.compile(
            "<dcterms:created[^>]*>\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ODF_CREATED = Pattern.compile(
            "<meta:creation-date[^>]*>\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private OfficeDates() {
    }

    static Optional<LocalDate> created(byte[] body) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("docProps/core.xml")) {
                    return MetadataDate.first(OOXML_CREATED.matcher(part(zip)));
                }
                if (entry.getName().equals("meta.xml")) {
                    return MetadataDate.first(ODF_CREATED.matcher(part(zip)));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a zip archive, or cut off before the part: the date is unknown
        }
        return Optional.empty();
    }

    private static String part(InputStream entry) throws IOException {
        return new String(entry.readNBytes(MAX_PART), StandardCharsets.UTF_8);
    }
}
