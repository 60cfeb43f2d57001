package dev.renewal.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;

/** The version of this module, as Jackson modules report it. */
public final class PackageVersion implements Versioned {

    /** renewal-jackson 0.1.0-SNAPSHOT. */
    public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.renewal", "renewal-jackson");

    @Override
    public Version version() {
        return VERSION;
    }
}
