package org.helpdesk.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app signing in through the dev stack's Keycloak, without break-glass local login. Its own Spring
 * context (other properties than {@link HelpdeskIntegrationTest}) on the same shared stack, with Keycloak added.
 * No clock skew, so that an expired token is refused at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "helpdesk.devstack.mode=test",
            "helpdesk.devstack.keycloak=true",
            "helpdesk.security.sso.clock-skew=0s",
            "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
            "helpdesk.security.rate-limit.public-per-minute=1000000"
        })
public @interface SsoIntegrationTest {}
