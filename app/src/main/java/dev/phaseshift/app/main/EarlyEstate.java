package dev.phaseshift.app.main;

import dev.phaseshift.app.settings.PreferencesSettingsStore;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.EstateLoader;
import org.slf4j.LoggerFactory;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The estate the app was launched with, read on another thread while the toolkit starts and the window is
 * built, so that start-up pays for the two side by side instead of one after the other (on two cores the estate
 * is read by the time the window shows). The same thread first sets up logging and reads the user's settings,
 * which the window needs before anything else.
 *
 * <p>The first {@link MainViewModel#start(List, EarlyEstate)} takes the result, once; a failure is thrown there as the normal
 * load would have thrown it, so the user sees the same error. Reopening reads the file again.
 */
public final class EarlyEstate {
    private static final EarlyEstate NONE = new EarlyEstate(null, null);

    private final String source;
    private final CompletableFuture<LoadedEstate> reading;
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyEstate(String source, CompletableFuture<LoadedEstate> reading) {
        this.source = source;
        this.reading = reading;
    }

    /** Nothing read early: every load reads as usual. */
    public static EarlyEstate none() {
        return NONE;
    }

    /** Starts reading what {@code arguments} open: the demo without arguments, else the estate of the file given. */
    public static EarlyEstate start(List<String> arguments) {
        String source;
        Callable<LoadedEstate> read;
        if (arguments.isEmpty()) {
            source = DemoEstate.LOCATION;
            read = () -> LoadedEstate.of(DemoEstate.load());
        } else {
            Path estate;
            try {
                estate = LaunchRequest.of(Path.of(arguments.get(0))).estate();
            } catch (InvalidPathException e) {
                return NONE; // the normal start reports it
            }
            if (estate == null) {
                return NONE;
            }
            Path absolute = estate.toAbsolutePath().normalize();
            source = absolute.toString();
            read = () -> LoadedEstate.of(EstateLoader.load(absolute));
        }
        // the common pool's threads are daemons, so a window closed early does not wait for the read
        CompletableFuture<LoadedEstate> reading = CompletableFuture.supplyAsync(() -> {
            // what the window needs first (logging, the settings), then the estate, which it needs last
            LoggerFactory.getILoggerFactory();
            PreferencesSettingsStore.readAhead();
            try {
                return read.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        return new EarlyEstate(source, reading);
    }

    /**
     * The estate read early for {@code wanted} (a load's source: the demo's location or an absolute path), waiting
     * for it if need be; null when nothing was read for it or it was taken already.
     */
    LoadedEstate take(String wanted) throws Exception {
        if (reading == null || !source.equals(wanted) || !taken.compareAndSet(false, true)) {
            return null;
        }
        try {
            return reading.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            if (cause instanceof Exception failure) {
                throw failure;
            }
            throw e;
        }
    }
}
