/**
 * The core's JSON shapes as Jackson mix-ins ({@link dev.renewal.json.mixin.RenewalMixins#all()}), written
 * with {@code com.fasterxml.jackson.annotation} only, the one package Jackson 2 and Jackson 3 share: the
 * core stays free of annotations and both modules register this one table.
 */
package dev.renewal.json.mixin;
