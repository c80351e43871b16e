package nl.ketenscan.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcePathTest {

    @Test
    void rootIsTheSiteIndex() {
        ResourcePath path = ResourcePath.parse("/").orElseThrow();
        assertTrue(path.folder());
        assertEquals("index.html", path.fileName());
    }

    @Test
    void folderPathServesItsIndex() {
        assertEquals("nieuws/archief/index.html", ResourcePath.parse("/nieuws/archief/").orElseThrow().fileName());
    }

    @Test
    void filePathServesTheFile() {
        ResourcePath path = ResourcePath.parse("/css/lindeveen.css").orElseThrow();
        assertFalse(path.folder());
        assertEquals("css/lindeveen.css", path.fileName());
    }

    @Test
    void pathWithoutTrailingSlashCanBeReadAsAFolder() {
        ResourcePath path = ResourcePath.parse("/afval").orElseThrow();
        assertEquals("afval", path.fileName());
        assertEquals("afval/index.html", path.asFolder().fileName());
    }

    @Test
    void harmlessEscapesAreDecoded() {
        assertEquals("afval/index.html", ResourcePath.parse("/%61fval/").orElseThrow().fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../DEFECTS.md",
        "/..",
        "/afval/../../bibliotheek/index.html",
        "/./index.html",
        "/%2e%2e/DEFECTS.md",
        "/%2E%2E/DEFECTS.md",
        "/.%2e/DEFECTS.md",
        "/..%2fDEFECTS.md",
        "/%2e%2e%2fDEFECTS.md",
        "/%252e%252e/DEFECTS.md",
        "/..\\DEFECTS.md",
        "/..%5cDEFECTS.md",
        "/index.html%00.css",
        "/.hidden",
        "//etc/passwd",
        "/afval//index.html",
        "/%zz",
        "index.html",
        ""
    })
    void unsafePathsAreRejected(String rawPath) {
        assertTrue(ResourcePath.parse(rawPath).isEmpty(), rawPath);
    }
}
