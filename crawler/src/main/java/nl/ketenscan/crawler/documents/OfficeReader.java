package nl.ketenscan.crawler.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.documents.OfficeFacts;
import nl.ketenscan.rules.exemption.DocumentKind;

/**
 * Reads an Office Open XML file (.docx, .xlsx, .pptx) or an OpenDocument file (.odt and its kin)
 * into the {@link OfficeFacts} the document rules judge, from the XML inside the zip, without an
 * office library. The file is the publisher's, possibly hostile: the zip is read within
 * {@link SafeZip}'s bounds, the XML by a streaming parser that reads no DTD and resolves no external
 * entity, and the budget is checked as the parser goes. Only the parts that hold the facts are
 * parsed (properties, styles, the main text, slides, drawings, tables); the rest is counted and
 * dropped.
 */
final class OfficeReader {

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
    private static final String OPENDOCUMENT = "application/vnd.oasis.opendocument.";
    private static final Pattern SLIDE = Pattern.compile("ppt/slides/slide\\d+\\.xml");
    private static final Pattern SHEET_DRAWING = Pattern.compile("xl/drawings/drawing\\d+\\.xml");
    private static final Pattern SHEET_TABLE = Pattern.compile("xl/tables/table\\d+\\.xml");
    private static final Pattern HEADING_STYLE = Pattern.compile("heading [1-9]|title");
    /** A paragraph longer than this is running text, however bold. */
    private static final int LOOKALIKE_MAX_CHARS = 80;
    private static final int EVENTS_BETWEEN_CLOCK_CHECKS = 4096;

    private final Duration budget;
    private final XMLInputFactory xml;

    OfficeReader(Duration budget) {
        this.budget = budget;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** Whether the Content-Type is one of the zipped XML formats this reader reads; the older binary ones are not. */
    static boolean reads(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith(OOXML) || type.startsWith(OPENDOCUMENT);
    }

    OfficeFacts read(DocumentKind kind, byte[] file) throws UnreadableDocument {
        Facts facts = new Facts(kind, System.nanoTime() + budget.toNanos());
        try {
            SafeZip.read(file, (name, data) -> facts.part(name, data));
        } catch (IOException e) {
            throw new UnreadableDocument(Message.of("document-error.unreadable", String.valueOf(e.getMessage())));
        }
        if (!facts.mainPartSeen) {
            throw new UnreadableDocument(Message.of("document-error.no-content", kind.title()));
        }
        return facts.result();
    }

    /** What the parts of one file add up to, in whatever order the zip holds them. */
    private final class Facts {
        private final DocumentKind kind;
        private final long deadline;
        private boolean mainPartSeen;
        private String title;
        private String propertiesLanguage;
        private String defaultLanguage;
        private String textLanguage;
        private int headings;
        /** Word paragraphs per style id, to count the heading styles once styles.xml has named them. */
        private final Map<String, Integer> paragraphsByStyle = new HashMap<>();
        private final Set<String> headingStyles = new HashSet<>();
        /** Bold short Word paragraphs with their style id, kept until the heading styles are known. */
        private final List<String[]> boldLines = new ArrayList<>();
        private final List<String> lookalikes = new ArrayList<>();
        private int lookalikeCount;
        private int images;
        private final List<String> imagesWithoutAlt = new ArrayList<>();
        private int imagesWithoutAltCount;
        private int tables;
        private int tablesWithoutHeader;
        private int events;

        Facts(DocumentKind kind, long deadline) {
            this.kind = kind;
            this.deadline = deadline;
        }

        void part(String name, InputStream data) throws IOException, UnreadableDocument {
            try {
                switch (name) {
                    case "docProps/core.xml", "meta.xml" -> properties(data);
                    case "word/styles.xml" -> wordStyles(data);
                    case "word/document.xml" -> {
                        mainPartSeen = true;
                        wordDocument(data);
                    }
                    case "ppt/presentation.xml", "xl/workbook.xml" -> {
                        mainPartSeen = true;
                        drawing(data);
                    }
                    case "content.xml" -> {
                        mainPartSeen = true;
                        openDocumentContent(data);
                    }
                    case "styles.xml" -> openDocumentStyles(data);
                    default -> {
                        if (SLIDE.matcher(name).matches() || SHEET_DRAWING.matcher(name).matches()) {
                            drawing(data);
                        } else if (SHEET_TABLE.matcher(name).matches()) {
                            sheetTable(data);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new IOException("its XML in " + name + " is not well-formed: " + e.getMessage(), e);
            }
        }

        OfficeFacts result() {
            int wordHeadings = paragraphsByStyle.entrySet().stream().filter(e -> headingStyles.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            for (String[] line : boldLines) {
                if (!headingStyles.contains(line[1])) {
                    lookalike(line[0]);
                }
            }
            String language = defaultLanguage != null ? defaultLanguage
                    : propertiesLanguage != null ? propertiesLanguage : textLanguage;
            return new OfficeFacts(kind, title, language, headings + wordHeadings, lookalikes, lookalikeCount, images,
                    imagesWithoutAlt, imagesWithoutAltCount, tables, tablesWithoutHeader);
        }

        /** {@code dc:title} and {@code dc:language}, in OOXML's core properties and ODF's meta.xml alike. */
        private void properties(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            while (next(reader)) {
                if (reader.isStartElement() && "http://purl.org/dc/elements/1.1/".equals(reader.getNamespaceURI())) {
                    String local = reader.getLocalName();
                    if (local.equals("title") || local.equals("language")) {
                        String value = reader.getElementText().strip();
                        if (local.equals("title")) {
                            title = value;
                        } else if (!value.isEmpty()) {
                            propertiesLanguage = value;
                        }
                    }
                }
            }
        }

        /** Which paragraph styles are headings (by their built-in name or an outline level), and the default language. */
        private void wordStyles(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            String style = null;
            boolean defaults = false;
            while (next(reader)) {
                if (reader.isStartElement()) {
                    switch (reader.getLocalName()) {
                        case "docDefaults" -> defaults = true;
                        case "style" -> style = attribute(reader, "styleId");
                        case "name" -> {
                            String named = attribute(reader, "val");
                            if (style != null && named != null
                                    && HEADING_STYLE.matcher(named.toLowerCase(Locale.ROOT)).matches()) {
                                headingStyles.add(style);
                            }
                        }
                        case "outlineLvl" -> {
                            if (style != null && outlineHeading(attribute(reader, "val"))) {
                                headingStyles.add(style);
                            }
                        }
                        case "lang" -> {
                            if (defaults && defaultLanguage == null) {
                                defaultLanguage = attribute(reader, "val");
                            }
                        }
                        default -> {
                        }
                    }
                } else if (reader.isEndElement()) {
                    if (reader.getLocalName().equals("docDefaults")) {
                        defaults = false;
                    } else if (reader.getLocalName().equals("style")) {
                        style = null;
                    }
                }
            }
        }

        /** Paragraphs and their styles, bold lines, pictures ({@code wp:docPr}) and tables of the main text. */
        private void wordDocument(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            Deque<boolean[]> tableStack = new ArrayDeque<>(); // per open table: {header row marked, a second row seen}
            Deque<Integer> rowsStack = new ArrayDeque<>();
            Paragraph paragraph = null;
            boolean runBold = false;
            Picture picture = null;
            while (next(reader)) {
                if (reader.isStartElement()) {
                    switch (reader.getLocalName()) {
                        case "p" -> paragraph = new Paragraph();
                        case "pStyle" -> {
                            if (paragraph != null) {
                                paragraph.style = attribute(reader, "val");
                            }
                        }
                        case "outlineLvl" -> {
                            if (paragraph != null && outlineHeading(attribute(reader, "val"))) {
                                paragraph.outline = true;
                            }
                        }
                        case "r" -> runBold = false;
                        case "b" -> runBold = on(attribute(reader, "val"));
                        case "t" -> {
                            // w:t only: text boxes' a:t and formulas' m:t are not the paragraph's own runs
                            String namespace = reader.getNamespaceURI();
                            if (paragraph != null && namespace != null && namespace.contains("wordprocessingml")) {
                                paragraph.text(reader.getElementText(), runBold);
                            }
                        }
                        case "lang" -> {
                            if (textLanguage == null) {
                                textLanguage = attribute(reader, "val");
                            }
                        }
                        case "tbl" -> {
                            tableStack.push(new boolean[1]);
                            rowsStack.push(0);
                        }
                        case "tr" -> {
                            if (!rowsStack.isEmpty()) {
                                rowsStack.push(rowsStack.pop() + 1);
                            }
                        }
                        case "tblHeader" -> {
                            if (!rowsStack.isEmpty() && rowsStack.peek() == 1 && on(attribute(reader, "val"))) {
                                tableStack.peek()[0] = true;
                            }
                        }
                        case "docPr" -> picture = new Picture(attribute(reader, "name"),
                                attribute(reader, "descr"), attribute(reader, "title"));
                        case "decorative" -> {
                            if (picture != null && on(attribute(reader, "val"))) {
                                picture.decorative = true;
                            }
                        }
                        default -> {
                        }
                    }
                } else if (reader.isEndElement()) {
                    switch (reader.getLocalName()) {
                        case "p" -> {
                            if (paragraph != null) {
                                wordParagraph(paragraph, !tableStack.isEmpty());
                            }
                            paragraph = null;
                        }
                        case "tbl" -> {
                            boolean header = tableStack.pop()[0];
                            table(header, rowsStack.pop());
                        }
                        case "docPr" -> {
                            picture(picture);
                            picture = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        }

        private void wordParagraph(Paragraph paragraph, boolean inTable) {
            if (paragraph.outline) {
                headings++;
                return;
            }
            if (paragraph.style != null) {
                paragraphsByStyle.merge(paragraph.style, 1, Integer::sum);
            }
            if (!inTable && paragraph.looksLikeHeading()) {
                boldLines.add(new String[] {paragraph.text.toString().strip(), paragraph.style});
            }
        }

        /** Slides, sheet drawings and the presentation: pictures ({@code p:pic}, {@code xdr:pic}), tables, language. */
        private void drawing(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            boolean inPicture = false;
            Picture picture = null;
            boolean headerRow = false;
            while (next(reader)) {
                if (reader.isStartElement()) {
                    switch (reader.getLocalName()) {
                        case "pic" -> inPicture = true;
                        case "cNvPr" -> {
                            if (inPicture) {
                                picture = new Picture(attribute(reader, "name"), attribute(reader, "descr"),
                                        attribute(reader, "title"));
                            }
                        }
                        case "decorative" -> {
                            if (picture != null && on(attribute(reader, "val"))) {
                                picture.decorative = true;
                            }
                        }
                        case "tbl" -> headerRow = false;
                        case "tblPr" -> headerRow = Set.of("1", "true").contains(
                                String.valueOf(attribute(reader, "firstRow")));
                        case "rPr", "endParaRPr", "defRPr" -> {
                            if (textLanguage == null) {
                                textLanguage = attribute(reader, "lang");
                            }
                        }
                        default -> {
                        }
                    }
                } else if (reader.isEndElement()) {
                    switch (reader.getLocalName()) {
                        case "pic" -> {
                            picture(picture);
                            picture = null;
                            inPicture = false;
                        }
                        case "tbl" -> table(headerRow, 2);
                        default -> {
                        }
                    }
                }
            }
        }

        /** An Excel table (a defined range with a name): its header row is on unless {@code headerRowCount="0"}. */
        private void sheetTable(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            while (next(reader)) {
                if (reader.isStartElement() && reader.getLocalName().equals("table")) {
                    table(!"0".equals(attribute(reader, "headerRowCount")), 2);
                    return;
                }
            }
        }

        /** The default language of an OpenDocument file's styles. */
        private void openDocumentStyles(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            boolean defaultStyle = false;
            while (next(reader)) {
                if (reader.isStartElement()) {
                    if (reader.getLocalName().equals("default-style")) {
                        defaultStyle = true;
                    } else if (defaultStyle && reader.getLocalName().equals("text-properties")
                            && defaultLanguage == null) {
                        String language = attribute(reader, "language");
                        String country = attribute(reader, "country");
                        if (language != null && !language.equals("zxx")) {
                            defaultLanguage = country == null || country.equals("none") ? language
                                    : language + "-" + country;
                        }
                    }
                } else if (reader.isEndElement() && reader.getLocalName().equals("default-style")) {
                    defaultStyle = false;
                }
            }
        }

        /**
         * An OpenDocument file's body: {@code text:h} headings, paragraphs bold throughout (by their
         * automatic style or a bold span), framed images and their {@code svg:title}/{@code svg:desc},
         * tables and their {@code table:table-header-rows}.
         */
        private void openDocumentContent(InputStream data) throws XMLStreamException, UnreadableDocument {
            XMLStreamReader reader = xml.createXMLStreamReader(data);
            Set<String> boldStyles = new HashSet<>();
            String style = null;
            Paragraph paragraph = null;
            Deque<Boolean> spans = new ArrayDeque<>();
            Deque<boolean[]> tableStack = new ArrayDeque<>();
            Deque<Integer> rowsStack = new ArrayDeque<>();
            Picture frame = null;
            boolean frameHasImage = false;
            while (next(reader)) {
                int event = reader.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "style" -> style = attribute(reader, "name");
                        case "text-properties" -> {
                            if (style != null && "bold".equals(attribute(reader, "font-weight"))) {
                                boldStyles.add(style);
                            }
                        }
                        case "h" -> headings++;
                        case "p" -> {
                            paragraph = new Paragraph();
                            spans.clear();
                            spans.push(boldStyles.contains(attribute(reader, "style-name")));
                        }
                        case "span" -> spans.push(boldStyles.contains(attribute(reader, "style-name"))
                                || !spans.isEmpty() && spans.peek());
                        case "frame" -> {
                            frame = new Picture(attribute(reader, "name"), null, null);
                            frameHasImage = false;
                        }
                        case "image" -> frameHasImage = frame != null;
                        case "title", "desc" -> {
                            if (frame != null && "svg".equals(reader.getPrefix())) {
                                String text = reader.getElementText();
                                if (!text.isBlank()) {
                                    frame.description = text;
                                }
                            }
                        }
                        case "table" -> {
                            if ("table".equals(reader.getPrefix())) {
                                tableStack.push(new boolean[1]);
                                rowsStack.push(0);
                            }
                        }
                        case "table-header-rows" -> {
                            if (!tableStack.isEmpty()) {
                                tableStack.peek()[0] = true;
                            }
                        }
                        case "table-row" -> {
                            if (!rowsStack.isEmpty()) {
                                rowsStack.push(rowsStack.pop() + 1);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && paragraph != null) {
                    paragraph.text(reader.getText(), !spans.isEmpty() && spans.peek());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "style" -> style = null;
                        case "span" -> {
                            if (!spans.isEmpty()) {
                                spans.pop();
                            }
                        }
                        case "p" -> {
                            if (paragraph != null && tableStack.isEmpty() && paragraph.looksLikeHeading()) {
                                lookalike(paragraph.text.toString().strip());
                            }
                            paragraph = null;
                        }
                        case "frame" -> {
                            if (frame != null && frameHasImage) {
                                picture(frame);
                            }
                            frame = null;
                        }
                        case "table" -> {
                            if ("table".equals(reader.getPrefix()) && !tableStack.isEmpty()) {
                                table(tableStack.pop()[0], rowsStack.pop());
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }

        private void lookalike(String text) {
            lookalikeCount++;
            if (lookalikes.size() < OfficeFacts.EXAMPLES) {
                lookalikes.add(text);
            }
        }

        private void picture(Picture picture) {
            if (picture == null || picture.decorative) {
                return;
            }
            images++;
            if (!picture.described()) {
                imagesWithoutAltCount++;
                if (imagesWithoutAlt.size() < OfficeFacts.EXAMPLES) {
                    imagesWithoutAlt.add(picture.name == null ? "" : picture.name);
                }
            }
        }

        /** A table of one row lays out a line; from two rows on it may hold data and needs a header row. */
        private void table(boolean headerRow, int rows) {
            tables++;
            if (!headerRow && rows >= 2) {
                tablesWithoutHeader++;
            }
        }

        private boolean next(XMLStreamReader reader) throws XMLStreamException, UnreadableDocument {
            if (++events % EVENTS_BETWEEN_CLOCK_CHECKS == 0 && System.nanoTime() - deadline > 0) {
                throw new UnreadableDocument(Message.of("document-error.timed-out", budget.toSeconds()));
            }
            if (!reader.hasNext()) {
                return false;
            }
            reader.next();
            return true;
        }
    }

    /** A paragraph's text so far (bounded) and whether all of it is bold. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private int length;
        private boolean allBold = true;
        private String style;
        private boolean outline;

        void text(String part, boolean bold) {
            if (part.isBlank()) {
                return;
            }
            allBold &= bold;
            length += part.length();
            if (text.length() <= LOOKALIKE_MAX_CHARS) {
                text.append(part, 0, Math.min(part.length(), LOOKALIKE_MAX_CHARS + 1 - text.length()));
            }
        }

        /** Short, bold throughout, and no sentence: what a heading typed as bold text looks like. */
        boolean looksLikeHeading() {
            String line = text.toString().strip();
            return allBold && !line.isEmpty() && length <= LOOKALIKE_MAX_CHARS && !line.endsWith(".");
        }
    }

    /** A picture's name and its alternative text, as its properties give them. */
    private static final class Picture {
        private final String name;
        private String description;
        private boolean decorative;

        Picture(String name, String descr, String title) {
            this.name = name;
            this.description = descr != null && !descr.isBlank() ? descr : title;
        }

        boolean described() {
            return description != null && !description.isBlank();
        }
    }

    /** An attribute by its local name, whatever its namespace prefix; null when absent. */
    private static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** OOXML's on/off values: absent or true, 1, on. */
    private static boolean on(String value) {
        return value == null || value.equals("true") || value.equals("1") || value.equals("on");
    }

    /** Outline levels 0 to 8 are headings; 9 is body text. */
    private static boolean outlineHeading(String level) {
        return level != null && level.matches("[0-8]");
    }
}
