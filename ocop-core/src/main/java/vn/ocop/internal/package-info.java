/**
 * Internals of ocop-core: reading rule files into the catalogue, sheet validation, engine loading.
 * Public only so that ocop-rules can use them; not an API, may change in any release.
 */
package vn.ocop.internal;
