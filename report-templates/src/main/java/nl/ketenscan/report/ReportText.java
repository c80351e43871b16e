package nl.ketenscan.report;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the report shows, from {@code messages_<lang>.properties}, so that switching the
 * report's language switches only the bundle. Templates call it as {@code t("key", args…)}.
 *
 * <p>Every message goes through {@link MessageFormat}, with or without arguments, so one quoting
 * rule holds throughout the bundles: an apostrophe is written twice ({@code pagina''s}).
 * Times are shown in Dutch time, where the organisations scanned are, whatever the machine's zone.
 */
final class ReportText implements TemplateMethodModelEx {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String BUNDLE = "nl.ketenscan.report.messages";
    private static final ZoneId REPORT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final MessageText messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    ReportText(Locale locale) {
        this.locale = locale;
        this.messages = new MessageText(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateTime = DateTimeFormatter.ofPattern(get("format.dateTime"), locale).withZone(REPORT_ZONE);
        this.date = DateTimeFormatter.ofPattern(get("format.date"), locale).withZone(REPORT_ZONE);
    }

    Locale locale() {
        return locale;
    }

    /** The findings' messages and pages' errors in the same language. */
    MessageText messages() {
        return messages;
    }

    String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the report text '" + key + "' is missing from "
                    + BUNDLE + "_" + locale.toLanguageTag() + ".properties", e);
        }
    }

    /** A point in time as the report shows it, or the "unknown" text when the scan did not record it. */
    String dateTime(Instant instant) {
        return instant == null ? get("value.unknown") : dateTime.format(instant);
    }

    /** The day of a point in time, for places short of room such as chart axes. */
    String date(Instant instant) {
        return date.format(instant);
    }

    /** A calendar day as the report shows it, e.g. "12 april 2017". */
    String date(LocalDate day) {
        return date.format(day);
    }

    /** A file's size as people read it: bytes, kB or MB, with one decimal above 1 MB. */
    String size(long bytes) {
        if (bytes < 1024) {
            return get("format.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return get("format.kilobytes", Math.round(bytes / 1024.0));
        }
        return get("format.megabytes", bytes / (1024.0 * 1024.0));
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(…) needs a message key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        try {
            return get(key, args);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }
}
