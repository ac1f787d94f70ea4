package org.committeepapers;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.committeepapers.cli.Main;

/** Runs the papers command in-process and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Everything printed, for failure messages. */
    public String all() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
