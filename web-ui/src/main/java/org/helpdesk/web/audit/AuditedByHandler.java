package org.helpdesk.web.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated handler writes its own audit entry through {@link RequestAudit}, before it serves anything,
 * because the entry needs facts the request's parameters do not hold (an export's row count, say). The
 * {@link AccessAuditInterceptor} then leaves the request alone, so a search export is one {@code EXPORT}
 * entry, not also a {@code SEARCH}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedByHandler {}
