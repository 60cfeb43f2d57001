package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** What every subcommand has: the tool (clock, stdin), its output streams and the FILE argument. */
abstract class RenewalCommand implements Callable<Integer> {

    @ParentCommand
    private RenewalCli cli;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputFile input;

    RenewalCli cli() {
        return cli;
    }

    InputFile input() {
        return input;
    }

    InputStream stdin() {
        return cli.stdin();
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Reports the rejections on stderr and returns the exit code. */
    int finish(List<Rejection> rejections) {
        out().flush();
        return RejectionReport.report(rejections, spec.commandLine().getErr());
    }
}
