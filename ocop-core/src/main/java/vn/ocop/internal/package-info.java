/**
 * Internals of ocop-core: validation, edition choice, building results, councils, advice, batches, engine
 * loading and pack diffs. Not exported by the module; not an API, may change in any release.
 */
@NullMarked
package vn.ocop.internal;

import org.jspecify.annotations.NullMarked;
