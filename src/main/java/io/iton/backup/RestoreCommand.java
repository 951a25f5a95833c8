package io.iton.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import io.iton.shared.Command;
import io.iton.shared.Localizer;

/** {@code java -jar iton.jar restore FILE}: an archive back into an empty installation. */
@Component
class RestoreCommand implements Command {

    private final BackupRestorer restorer;
    private final Localizer t;

    RestoreCommand(BackupRestorer restorer, Localizer t) {
        this.restorer = restorer;
        this.t = t;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "FILE.zip   restore an export into an empty installation (the site stopped)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            out.println("Usage: restore " + usage());
            return 2;
        }
        try {
            BackupRestorer.Report report = restorer.restore(Path.of(files.getFirst()), out);
            out.printf("Restored %,d rows and %,d media files (schema %s) in %s%n", report.rows(), report.files(),
                    report.schemaVersion(), report.took());
            return 0;
        } catch (RestoreRefused refused) {
            out.println(t.text("restore.refused", t.text(refused.key(), refused.args())));
            return 1;
        }
    }
}
