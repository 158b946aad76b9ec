package org.helpdesk.web.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts every request to the annotated handler into the audit trail before the handler runs: actor, path,
 * parameters and address. Meant for reads that auditors must see, such as exports:
 *
 * <pre>{@code
 * @GetMapping("/api/v1/reports/{id}/export")
 * @Audited(action = AuditActions.EXPORT, targetType = "report")
 * ResponseEntity<Resource> export(...)
 * }</pre>
 *
 * The entry is written before {@code @PreAuthorize} decides, so a refused attempt is in the trail too.
 * The target id is taken from the path variable named {@link #targetIdVariable()} when there is one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, upper case, e.g. {@code EXPORT}. */
    String action();

    /** The kind of thing read, lower case, e.g. {@code report}. */
    String targetType();

    /** The path variable that holds the target's id. */
    String targetIdVariable() default "id";
}
