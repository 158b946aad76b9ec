package org.helpdesk.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on real servers: PostgreSQL and Elasticsearch from the dev stack, shared by every
 * integration test of this JVM (one Spring context, one stack). Retries are quick so outage tests
 * finish fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "helpdesk.devstack.mode=test",
            "helpdesk.search.outbox.poll-interval=200ms",
            "helpdesk.search.outbox.first-retry=200ms",
            "helpdesk.search.outbox.max-retry=2s",
            "helpdesk.channels.mail.send-interval=200ms",
            "helpdesk.channels.mail.retry-max=1s",
            // every test signs in from 127.0.0.1: the per-address limits are tested on their own
            "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
            "helpdesk.security.rate-limit.public-per-minute=1000000",
            // tests send the complaint form at once; forged stamps are still refused
            "helpdesk.channels.form.min-fill-time=0s"
        })
@Import(Personas.class)
public @interface HelpdeskIntegrationTest {}
