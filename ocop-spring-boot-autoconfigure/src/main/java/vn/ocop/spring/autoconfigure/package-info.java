/**
 * Spring Boot auto-configuration for ocop ({@code vn.ocop:ocop-spring-boot-starter}): the {@link
 * vn.ocop.Scorer} bean, its {@code ocop.*} properties, health, info and metrics.
 */
@NullMarked
package vn.ocop.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
