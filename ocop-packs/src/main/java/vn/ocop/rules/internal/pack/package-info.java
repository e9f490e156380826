/** Internals of province packs: reading, checking, compiling what changed, assembling rule bases, export. */
package vn.ocop.rules.internal.pack;
