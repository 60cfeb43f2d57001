/**
 * What a renewal team reads (docs/conventions.md section 4): the pipeline dashboard, the weekly delay update,
 * the CURE audit and the quarterly review. Each is an immutable value computed from its inputs and an
 * as-of date; money is summed per currency, never converted. Delay classes and owner recommendations
 * come from functions the caller passes (the rule pack), so this package needs no rule engine.
 */
package dev.renewal.report;
