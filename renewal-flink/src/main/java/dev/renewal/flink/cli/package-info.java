/** The runnable jar's command line: {@code schedule} runs the batch job in-process or on a cluster. */
package dev.renewal.flink.cli;
