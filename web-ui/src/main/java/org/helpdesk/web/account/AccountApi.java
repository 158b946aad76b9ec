package org.helpdesk.web.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.i18n.DateDisplay;
import org.helpdesk.web.i18n.ReaderTimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over REST. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountApi {

    private final UserAccounts accounts;
    private final ReaderTimeZone readerZones;
    private final DateDisplay dates;

    AccountApi(UserAccounts accounts, ReaderTimeZone readerZones, DateDisplay dates) {
        this.accounts = accounts;
        this.readerZones = readerZones;
        this.dates = dates;
    }

    @GetMapping
    Me me(Principal principal) {
        return Me.of(account(principal), dates.organisationZone());
    }

    /** Body {@code {"timeZone": "Europe/Sofia"}}; {@code null} or blank returns to the organisation's zone. */
    @PutMapping(path = "/time-zone", consumes = MediaType.APPLICATION_JSON_VALUE)
    Me changeTimeZone(Principal principal, @RequestBody TimeZoneRequest body, HttpServletRequest request) {
        ZoneId zone = TimeZoneChoice.parse(body.timeZone());
        accounts.changeTimeZone(principal.getName(), zone);
        readerZones.changed(request, zone);
        return me(principal);
    }

    private UserAccount account(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .orElseThrow(() -> new NotFoundException("account", principal.getName()));
    }

    record TimeZoneRequest(@Nullable String timeZone) {}

    /** {@code timeZone} is the zone chosen, or null; {@code effectiveTimeZone} the one times are shown in. */
    record Me(
            String username,
            String displayName,
            List<String> roles,
            @Nullable String timeZone,
            String effectiveTimeZone) {

        static Me of(UserAccount account, ZoneId organisationZone) {
            ZoneId chosen = account.timeZone();
            return new Me(
                    account.username(),
                    account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(),
                    chosen == null ? null : chosen.getId(),
                    (chosen == null ? organisationZone : chosen).getId());
        }
    }
}
