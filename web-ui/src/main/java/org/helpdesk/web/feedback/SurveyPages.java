package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.helpdesk.feedback.SurveyInvitation;
import org.helpdesk.feedback.Surveys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The page a customer reaches from a survey link, without signing in. The link itself is the
 * credential: unknown, expired and used links get a kind page and store nothing.
 */
@Controller
@RequestMapping("/survey/{token}")
class SurveyPages {

    private final Surveys surveys;
    private final LocaleResolver locales;
    private final Clock clock;

    SurveyPages(Surveys surveys, LocaleResolver locales, Clock clock) {
        this.surveys = surveys;
        this.locales = locales;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<SurveyInvitation> found = surveys.find(token);
        if (found.isEmpty()) {
            return gone(response, HttpServletResponse.SC_NOT_FOUND);
        }
        SurveyInvitation invitation = found.get();
        speak(invitation, request, response);
        return switch (invitation.state(clock.instant())) {
            case OPEN -> form(model, token, invitation, null);
            case ANSWERED -> answered(model, invitation);
            case EXPIRED -> gone(response, HttpServletResponse.SC_GONE);
        };
    }

    @PostMapping
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable Integer score,
            @RequestParam(required = false) @Nullable String comment,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<SurveyInvitation> found = surveys.find(token);
        if (found.isEmpty()) {
            return gone(response, HttpServletResponse.SC_NOT_FOUND);
        }
        speak(found.get(), request, response);
        if (score == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, token, found.get(), "survey.scoreRequired");
        }
        Surveys.Answer answer = surveys.answer(token, score, comment);
        return switch (answer.outcome()) {
            case STORED -> {
                model.addAttribute("number", found.get().ticketNumber());
                yield "survey/thanks";
            }
            case ALREADY_ANSWERED -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                yield answered(model, found.get());
            }
            case EXPIRED -> gone(response, HttpServletResponse.SC_GONE);
            case UNKNOWN -> gone(response, HttpServletResponse.SC_NOT_FOUND);
            case INVALID_SCORE -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                yield form(model, token, found.get(), "survey.scoreRequired");
            }
        };
    }

    private static String form(Model model, String token, SurveyInvitation invitation, @Nullable String error) {
        model.addAttribute("token", token);
        model.addAttribute("kind", invitation.kind().name());
        model.addAttribute("min", invitation.kind().min());
        model.addAttribute("max", invitation.kind().max());
        model.addAttribute("number", invitation.ticketNumber());
        model.addAttribute("commentMax", Surveys.COMMENT_MAX);
        model.addAttribute("error", error);
        return "survey/form";
    }

    private static String answered(Model model, SurveyInvitation invitation) {
        model.addAttribute("number", invitation.ticketNumber());
        return "survey/answered";
    }

    private static String gone(HttpServletResponse response, int status) {
        response.setStatus(status);
        return "survey/" + (status == HttpServletResponse.SC_GONE ? "expired" : "unknown");
    }

    /** The survey speaks the customer's language unless they picked another one. */
    private void speak(SurveyInvitation invitation, HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") == null && WebUtils.getCookie(request, "helpdesk-lang") == null) {
            locales.setLocale(request, response, Locale.forLanguageTag(invitation.language()));
        }
    }
}
