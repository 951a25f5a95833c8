package io.iton;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import io.iton.shared.Command;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ItonApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(ItonApplication.class, args);
    }

    /**
     * {@code java -jar iton.jar NAME ARGS…}: the same application and database settings, no web
     * server, no scheduled jobs, then the command's exit code. Options after the name that look
     * like {@code --spring.x=y} still configure Spring; the command sees every argument after its name.
     */
    private static int runCommand(String[] args) {
        SpringApplication app = new SpringApplication(ItonApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // A command indexes for search once at its end (SearchAdmin.repair), not after every article.
        app.setDefaultProperties(java.util.Map.of("iton.command", args[0],
                "spring.main.banner-mode", "off", "iton.search.index-on-change", "false"));
        List<String> rest = List.of(Arrays.copyOfRange(args, 1, args.length));
        try (ConfigurableApplicationContext context = app.run(springOptions(rest))) {
            List<Command> commands = context.getBeansOfType(Command.class).values().stream()
                    .sorted(Comparator.comparing(Command::name)).toList();
            for (Command command : commands) {
                if (command.name().equals(args[0])) {
                    return command.run(rest, System.out);
                }
            }
            System.err.println("Unknown command: " + args[0] + ". Commands:");
            commands.forEach(c -> System.err.println("  " + c.name() + " " + c.usage()));
            return 2;
        } catch (Exception e) {
            System.err.println(args[0] + " failed: " + inUse(e).orElse(e.getMessage()));
            return 1;
        }
    }

    /** The embedded database or the search index held by a running site: say so plainly. */
    private static java.util.Optional<String> inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Database may be already in use") || m.contains("Lock held by another program")) {
                return java.util.Optional.of("the data folder is in use by a running site. Stop the site first "
                        + "(the embedded database opens in one process only), or with PostgreSQL give the command its "
                        + "own --iton.search.index-dir and rebuild search afterwards (POST /api/v1/search/rebuild). "
                        + "/ תיקיית הנתונים בשימוש של אתר פועל: יש לעצור את האתר לפני הפקודה.");
            }
        }
        return java.util.Optional.empty();
    }

    private static String[] springOptions(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--spring.") || a.startsWith("--iton.")
                || a.startsWith("--server.") || a.startsWith("--logging.")).toArray(String[]::new);
    }
}
