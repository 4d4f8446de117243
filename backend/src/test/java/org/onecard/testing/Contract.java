package org.onecard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files under openapi/ are contracts produced by the server. Tests compare against them;
 * `make openapi` (ONECARD_WRITE_CONTRACT=true) rewrites them instead.
 */
public final class Contract {

    private Contract() {
    }

    public static boolean writing() {
        return "true".equals(System.getenv("ONECARD_WRITE_CONTRACT"));
    }

    public static Path file(String name) {
        return Path.of("..", "openapi", name);
    }

    public static String read(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Missing openapi/" + name + " — run `make openapi`", e);
        }
    }

    public static void write(String name, String content) {
        try {
            Files.writeString(file(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
