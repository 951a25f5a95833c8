package io.iton.backup;

import java.util.Arrays;

/**
 * Why a restore did not start, or stopped and rolled back: a message key of
 * {@code messages-export.properties} and its arguments. Nothing was changed.
 */
class RestoreRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    RestoreRefused(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    RestoreRefused(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
