package io.stepline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (a development build has none). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"stepline " + (version == null ? "development build" : version)};
    }
}
