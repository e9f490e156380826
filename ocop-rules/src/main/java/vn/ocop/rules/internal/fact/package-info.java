/**
 * The facts the rule files match and the results they write. Public because Drools' executable
 * model accesses them from generated classes; not an API.
 */
package vn.ocop.rules.internal.fact;
