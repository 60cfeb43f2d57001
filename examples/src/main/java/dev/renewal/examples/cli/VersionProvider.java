package dev.renewal.examples.cli;

import picocli.CommandLine;

/** The version Maven wrote into the jar's manifest, so {@code --version} never drifts from the build. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RenewalCli.class.getPackage().getImplementationVersion();
        return new String[] {"renewal " + (version == null ? "(development build)" : version)};
    }
}
