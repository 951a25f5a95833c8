package io.iton.wordpress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.search.SearchAdmin;
import io.iton.shared.Command;
import io.iton.shared.SiteProperties;

/**
 * {@code java -jar iton.jar import-wordpress export.xml [--uploads DIR] [--dry-run] [--time-zone ZONE]}.
 * Exit code 0 when the whole file was read and no post failed, 1 otherwise, 2 for wrong arguments.
 */
@Component
class ImportWordPressCommand implements Command {

    private final WordPressImporter importer;
    private final SearchAdmin search;
    private final SiteProperties site;

    ImportWordPressCommand(WordPressImporter importer, SearchAdmin search, SiteProperties site) {
        this.importer = importer;
        this.search = search;
        this.site = site;
    }

    @Override
    public String name() {
        return "import-wordpress";
    }

    @Override
    public String usage() {
        return "EXPORT.xml [--uploads DIR] [--dry-run] [--time-zone ZONE]: imports a WordPress export (WXR)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Arguments a;
        try {
            a = Arguments.parse(args, site.timeZone());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("usage: import-wordpress " + usage());
            return 2;
        }
        if (!Files.isRegularFile(a.file())) {
            out.println("No such file: " + a.file() + " / הקובץ לא נמצא");
            return 2;
        }
        if (a.uploads() != null && !Files.isDirectory(a.uploads())) {
            out.println("No such folder: " + a.uploads() + " / התיקייה לא נמצאה");
            return 2;
        }
        out.println((a.dryRun() ? "Dry run (nothing is written): " : "Importing ") + a.file()
                + (a.uploads() != null ? " with images from " + a.uploads() : " without images (no --uploads)"));
        ConsoleProgress progress = new ConsoleProgress(out, System.console() != null);
        ImportReport report = importer.run(a.file(), new ImportOptions(a.dryRun(), a.uploads(), a.zone(),
                Actor.SYSTEM), progress);
        out.println(report.summary());
        if (!a.dryRun()) {
            out.println("Search index: " + search.repair() + " article(s) indexed");
        }
        return report.wholeFileRead() && report.failed.get() == 0 ? 0 : 1;
    }

    record Arguments(Path file, Path uploads, boolean dryRun, ZoneId zone) {

        static Arguments parse(List<String> args, ZoneId defaultZone) {
            Path file = null;
            Path uploads = null;
            boolean dryRun = false;
            ZoneId zone = defaultZone;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--dry-run")) {
                    dryRun = true;
                } else if (arg.equals("--uploads") || arg.equals("--time-zone")) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--uploads")) {
                        uploads = Path.of(value);
                    } else {
                        zone = zone(value);
                    }
                } else if (arg.startsWith("--uploads=")) {
                    uploads = Path.of(arg.substring("--uploads=".length()));
                } else if (arg.startsWith("--time-zone=")) {
                    zone = zone(arg.substring("--time-zone=".length()));
                } else if (isSpringOption(arg)) {
                    continue;  // configures the application, not the import
                } else if (arg.startsWith("--") || file != null) {
                    throw new IllegalArgumentException("Unknown argument: " + arg);
                } else {
                    file = Path.of(arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("Which export file? / איזה קובץ ייצוא?");
            }
            return new Arguments(file, uploads, dryRun, zone);
        }

        private static boolean isSpringOption(String arg) {
            return arg.startsWith("--spring.") || arg.startsWith("--iton.") || arg.startsWith("--server.")
                    || arg.startsWith("--logging.");
        }

        private static ZoneId zone(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Unknown time zone: " + value);
            }
        }
    }
}
