package org.helpdesk.web.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.audit.AuditVerification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar helpdesk.jar --helpdesk.audit.verify-and-exit=true}: checks the audit chain, prints the
 * outcome and stops with exit code 0 when it is intact, 1 when it is broken. For cron jobs and monitoring.
 */
@Component
@ConditionalOnBooleanProperty("helpdesk.audit.verify-and-exit")
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this(trail, context, System.out, System::exit);
    }

    AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context, PrintStream out, IntConsumer exit) {
        this.trail = trail;
        this.context = context;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = trail.verify();
        out.println(describe(result));
        int code = result.ok() ? 0 : 1;
        exit.accept(SpringApplication.exit(context, () -> code));
    }

    static String describe(AuditVerification result) {
        if (result.ok()) {
            return result.lastId() == null
                    ? "Audit trail intact: it is empty."
                    : "Audit trail intact: " + result.entriesChecked() + " entries checked; newest entry "
                            + result.lastId() + " has hash " + result.lastHash() + ".";
        }
        return "Audit trail BROKEN at entry " + result.firstBrokenId() + ": " + result.reason() + " ("
                + result.problem() + "; " + result.entriesChecked() + " entries checked).";
    }
}
