package dev.renewal.examples.cli;

import dev.renewal.batch.Rejection;
import dev.renewal.reports.text.TerminalText;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/**
 * Prints rejected records to stderr, one a line with index, id and reason (inert: ids and quoted values come
 * from input), and gives the exit code.
 */
final class RejectionReport {

    private RejectionReport() {
    }

    /** 0 when nothing was rejected, {@link RenewalCli#EXIT_REJECTED} otherwise. */
    static int report(List<Rejection> rejections, PrintWriter err) {
        rejections.stream()
                .sorted(Comparator.comparingLong(Rejection::index))
                .forEach(r -> err.println(TerminalText.inert("renewal: rejected record " + r)));
        err.flush();
        return rejections.isEmpty() ? 0 : RenewalCli.EXIT_REJECTED;
    }
}
