package dev.renewal.jackson;

import dev.renewal.batch.Rejection;

import java.util.List;
import java.util.Objects;

/**
 * What reading a portfolio with rejections gave: every good contract (with the holidays) and a
 * rejection for every bad record, so nothing is dropped silently.
 *
 * @param portfolio  the good contracts, in input order, and the holidays
 * @param rejections the bad records, in input order
 */
public record PortfolioRead(Portfolio portfolio, List<Rejection> rejections) {

    /** Makes the list unmodifiable. */
    public PortfolioRead {
        Objects.requireNonNull(portfolio, "portfolio");
        rejections = List.copyOf(rejections);
    }

    /** The number of records in the input: contracts plus rejections. */
    public long records() {
        return portfolio.contracts().size() + (long) rejections.size();
    }
}
