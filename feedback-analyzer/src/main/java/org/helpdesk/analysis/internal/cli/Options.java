package org.helpdesk.analysis.internal.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsed {@code --name value} options of one command; unknown names are usage errors. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {}

    static Options parse(List<String> args, Set<String> allowed) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException("Unexpected argument: " + a);
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("Option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!allowed.contains(name)) {
                throw new UsageException("Unknown option --" + name);
            }
            o.values.put(name, value);
        }
        return o;
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("Missing --" + name);
        }
        return v;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    @Nullable
    String get(String name) {
        return values.get(name);
    }

    @Nullable
    Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    Path requirePath(String name) {
        return Path.of(require(name));
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number: " + v);
        }
    }

    /** A command line the user got wrong: printed with the usage, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
