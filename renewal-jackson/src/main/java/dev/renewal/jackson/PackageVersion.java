package dev.renewal.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module, as jackson-modules-java8 reports theirs. Read from a resource Maven
 * filters at build time, so it cannot drift from the artifact's version.
 */
public final class PackageVersion implements Versioned {

    /** The module's version, e.g. {@code 0.1.0-SNAPSHOT} of {@code dev.renewal:renewal-jackson}. */
    public static final Version VERSION = load();

    @Override
    public Version version() {
        return VERSION;
    }

    private static Version load() {
        Properties props = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(props.getProperty("version"), props.getProperty("groupId"),
                props.getProperty("artifactId"));
    }
}
