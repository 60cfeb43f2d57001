/**
 * How the JSON shapes are read and written: the (de)serializers {@link dev.renewal.jackson.RenewalModule}
 * registers and their helpers. Not API: public only so the readers one package up can use them; any
 * of it may change in any release. Use {@code RenewalModule}, {@code RenewalJson} and the readers.
 */
package dev.renewal.jackson3.internal;
