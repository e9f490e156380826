package vn.ocop.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Lets tests of other packages run the command line in this JVM. */
public final class OcopCommandTestAccess {
    private OcopCommandTestAccess() {}

    /** @return the exit code of {@code ocop args…} */
    public static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
        return new OcopCommand(out, err, in).run(args);
    }
}
