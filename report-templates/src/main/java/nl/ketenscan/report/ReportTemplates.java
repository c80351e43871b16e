package nl.ketenscan.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The FreeMarker templates of the HTML report, set up so that crawled text cannot become markup:
 * HTML output format with auto-escaping forced on for every template, no access to Java classes
 * from templates, and any template error fails the report instead of leaving half a page.
 */
final class ReportTemplates {

    private static final String TEMPLATE_DIR = "/nl/ketenscan/report";

    private final Configuration configuration;

    ReportTemplates(ReportText text) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(ReportTemplates.class, TEMPLATE_DIR);
        configuration.setLocalizedLookup(false);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(text.locale());
        configuration.setSharedVariable("t", text);
    }

    void render(String template, Map<String, Object> model, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            configuration.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that the report directory is writable", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template " + template + " failed: " + e.getMessage(), e);
        }
    }
}
