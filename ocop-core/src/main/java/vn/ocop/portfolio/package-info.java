/**
 * Portfolios: a province's recognised products and their certificates, and the rules over them (due lists).
 * A portfolio is JSON Lines, one {@link vn.ocop.portfolio.PortfolioProduct} a line; {@link
 * vn.ocop.portfolio.Portfolios} reads it, {@link vn.ocop.Scorer#due} lists what is due on a date.
 */
@NullMarked
package vn.ocop.portfolio;

import org.jspecify.annotations.NullMarked;
