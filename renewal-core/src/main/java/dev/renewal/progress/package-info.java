/**
 * Where each renewal of a contract stands, as recorded by people: per cycle the stages completed
 * and the outcome (docs/conventions.md section 3). Plain data carried by a contract; the workflow package
 * checks it against the contract's terms and plan.
 */
package dev.renewal.progress;
