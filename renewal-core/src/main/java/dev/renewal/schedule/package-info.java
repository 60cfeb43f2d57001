/**
 * The schedule engine: a contract's status and key dates on an as-of date, with the derivation of
 * every date; portfolios (streamed, sequential or parallel, nothing dropped) and agendas.
 */
package dev.renewal.schedule;
