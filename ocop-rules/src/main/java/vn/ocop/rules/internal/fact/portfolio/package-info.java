/** The facts the portfolio rules ({@code vn/ocop/rules/portfolio/*.drl}) match and insert. */
package vn.ocop.rules.internal.fact.portfolio;
