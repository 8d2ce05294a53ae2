package org.postwise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version and build time, written into {@code org/postwise/version.properties} by Maven. */
final class Version {

    private static final String RESOURCE = "/org/postwise/version.properties";

    private Version() {
    }

    /** {@code 0.1.0 (built 2025-03-03T09:00:00Z)}, or {@code unknown} outside a Maven build. */
    static String current() {
        var properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        String built = properties.getProperty("built", "");
        if (version.startsWith("${")) {
            return "unknown";
        }
        return built.isEmpty() || built.startsWith("${") ? version : version + " (built " + built + ")";
    }
}
