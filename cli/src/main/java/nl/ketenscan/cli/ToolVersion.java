package nl.ketenscan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build; "dev" when running from classes. */
final class ToolVersion {

    private ToolVersion() {
    }

    static String current() {
        String version = Ketenscan.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ketenscan " + current()};
        }
    }
}
