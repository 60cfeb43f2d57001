/**
 * The renewal JSON shapes that are not a core type's own: {@link dev.renewal.json.Portfolio} (contracts,
 * holidays, staff and plans) and {@link dev.renewal.json.PortfolioRead} (a portfolio read with
 * rejections). renewal-jackson (Jackson 2) and renewal-jackson3 (Jackson 3) both bind them, and both
 * depend on this jar rather than compiling it in, so an application with both gets each class once.
 */
package dev.renewal.json;
