/**
 * Province rule packs: spreadsheet files layered over a national edition, checked completely before use,
 * compiled off the request path, optionally watched and reloaded; see {@link vn.ocop.pack.Packs} and
 * {@code docs/packs.md}.
 */
@NullMarked
package vn.ocop.pack;

import org.jspecify.annotations.NullMarked;
