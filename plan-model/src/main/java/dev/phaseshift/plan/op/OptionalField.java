package dev.phaseshift.plan.op;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component a plan file may leave out. Everything else is required, except {@code Boolean} and
 * {@code Integer} components, which are optional by type (null means the documented default).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {
}
