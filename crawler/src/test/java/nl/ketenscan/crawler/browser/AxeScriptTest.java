package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The injected axe-core is the one the build declares (crawler/pom.xml, axe.version). */
class AxeScriptTest {

    @Test
    void theInjectedAxeIsTheVersionTheBuildDeclares() {
        AxeScript axe = AxeScript.injected();

        assertEquals(System.getProperty("axe.version"), axe.version(), "surefire passes crawler/pom.xml's axe.version");
        assertTrue(axe.source().startsWith("/*! axe v" + axe.version()), "the vendored file's own banner");
    }
}
