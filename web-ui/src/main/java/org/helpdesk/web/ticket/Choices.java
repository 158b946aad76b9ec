package org.helpdesk.web.ticket;

import org.helpdesk.catalog.Catalog;
import org.helpdesk.macro.Macros;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.PendingReason;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lists forms offer to choose from: priorities, channels, teams, categories, agents, macros. */
@Component
class Choices {

    private final Catalog catalog;
    private final Teams teams;
    private final Macros macros;

    Choices(Catalog catalog, Teams teams, Macros macros) {
        this.catalog = catalog;
        this.teams = teams;
        this.macros = macros;
    }

    void addTo(Model model) {
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("pendingReasons", PendingReason.values());
        model.addAttribute("queues", TicketQuery.Queue.values());
        model.addAttribute("languages", new String[] {"en", "ru", "bg"});
        model.addAttribute("categories", catalog.active(Catalog.Kind.CATEGORY));
        model.addAttribute("products", catalog.active(Catalog.Kind.PRODUCT));
        model.addAttribute("teams", teams.active());
        model.addAttribute("agents", teams.assignableAgents());
        model.addAttribute("macros", macros.active());
    }
}
