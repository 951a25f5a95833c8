package io.iton.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A one-shot job the jar runs instead of serving the site: {@code java -jar iton.jar NAME ARGS…}
 * (for example {@code import-wordpress export.xml --uploads DIR}). Each command is a bean; the
 * application class finds it by {@link #name()}, starts Spring without a web server, runs it and
 * exits with the code it returns.
 */
public interface Command {

    /** What follows {@code java -jar iton.jar}, such as {@code import-wordpress}. */
    String name();

    /** One line for the list of commands: arguments and what it does. */
    String usage();

    /** Runs with the arguments after the name; returns the process exit code (0 for success). */
    int run(List<String> args, PrintStream out) throws Exception;
}
