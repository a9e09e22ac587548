package dev.phaseshift.app.connect;

import dev.phaseshift.connect.SecretUnavailableException;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.introspect.IntrospectionException;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/** The words shown for failures and sizes: the model's own message for expected failures, never a stack trace. */
final class ConnectMessages {
    private ConnectMessages() {
    }

    static String of(Throwable error) {
        if (error instanceof CancellationException) {
            return "cancelled";
        }
        if (error instanceof IntrospectionException || error instanceof SecretUnavailableException
                || error instanceof EstateFormatException || error instanceof java.io.IOException
                || error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
            return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /** {@code 7.6 MB}: binary multiples with one decimal, as database tools show them. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
