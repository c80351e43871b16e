package nl.ketenscan.bench;

import java.util.List;

/** The command that starts ketenscan: the launcher as given, or a jar run with the JVM's defaults. */
final class LauncherCommand {

    private LauncherCommand() {
    }

    static List<String> of(String launcherOrJar) {
        return launcherOrJar.endsWith(".jar") ? List.of("java", "-jar", launcherOrJar) : List.of(launcherOrJar);
    }
}
