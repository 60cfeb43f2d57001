/**
 * The reports of {@code dev.renewal.report} for people and tools: {@code text} renders terminal tables,
 * {@code html} self-contained pages with inline SVG charts, {@code json} the shapes of docs/json.md.
 */
package dev.renewal.reports;
