/**
 * Portfolios: a province's recognised products and their certificates, and the rules over them (due lists).
 * A portfolio is JSON Lines, one {@link vn.ocop.portfolio.PortfolioProduct} a line ({@link
 * vn.ocop.json.OcopJson#readPortfolioProduct} reads one), or a table ({@link vn.ocop.Ocop#readPortfolioTable});
 * {@link vn.ocop.Scorer#due} lists what is due on a date, {@link vn.ocop.Scorer#stats} counts and
 * {@link vn.ocop.Scorer#plan} measures a plan.
 */
@NullMarked
package vn.ocop.portfolio;

import org.jspecify.annotations.NullMarked;
