package org.helpdesk.ticketimport.internal;

import java.time.Duration;
import org.helpdesk.shared.PeriodicWorker;
import org.helpdesk.ticketimport.TicketImports;
import org.springframework.stereotype.Component;

/** Runs queued ticket imports one after another in the background; an import a stopped instance left is taken over. */
@Component
class TicketImportRunner extends PeriodicWorker {

    private final TicketImports imports;

    TicketImportRunner(TicketImports imports) {
        super("ticket-import", Duration.ofSeconds(1), Duration.ofSeconds(1));
        this.imports = imports;
    }

    @Override
    protected void round() {
        while (imports.runNext()) {
            // next one
        }
    }
}
