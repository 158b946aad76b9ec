package org.helpdesk.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.i18n.DateDisplay;
import org.helpdesk.web.i18n.ReaderTimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": name, roles and the time zone this person's pages show times in. */
@Controller
class AccountPage {

    private final UserAccounts accounts;
    private final ReaderTimeZone readerZones;
    private final DateDisplay dates;

    AccountPage(UserAccounts accounts, ReaderTimeZone readerZones, DateDisplay dates) {
        this.accounts = accounts;
        this.readerZones = readerZones;
        this.dates = dates;
    }

    @GetMapping("/account")
    String page(Principal principal, Model model) {
        UserAccount account = account(principal);
        model.addAttribute("account", account);
        model.addAttribute("zones", TimeZoneChoice.ALL);
        model.addAttribute(
                "chosen", account.timeZone() == null ? "" : account.timeZone().getId());
        model.addAttribute("organisationZone", dates.organisationZone().getId());
        return "account/page";
    }

    @PostMapping("/account/time-zone")
    String changeTimeZone(
            Principal principal,
            @RequestParam(required = false) @Nullable String timeZone,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        ZoneId zone;
        try {
            zone = TimeZoneChoice.parse(timeZone);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return page(principal, model);
        }
        accounts.changeTimeZone(principal.getName(), zone);
        readerZones.changed(request, zone);
        redirect.addFlashAttribute("notice", "account.saved");
        return "redirect:/account";
    }

    private UserAccount account(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .orElseThrow(() -> new NotFoundException("account", principal.getName()));
    }
}
