package org.helpdesk.web.search;

import java.util.List;
import java.util.UUID;
import org.helpdesk.search.SavedSearch;
import org.helpdesk.search.SavedSearches;
import org.helpdesk.search.SearchDefinition;
import org.helpdesk.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving and deleting searches from the search page. The save form carries the search as hidden fields plus
 * {@code name} and {@code shared}; a refused name comes back to the same search with the reason.
 */
@Controller
class SavedSearchPages {

    private final SavedSearches saved;
    private final MessageSource messages;

    SavedSearchPages(SavedSearches saved, MessageSource messages) {
        this.saved = saved;
        this.messages = messages;
    }

    @PostMapping("/search/saved")
    String save(
            @RequestParam MultiValueMap<String, String> params, Authentication searcher, RedirectAttributes redirect) {
        String name = params.getFirst("name");
        try {
            SearchDefinition definition = SearchParams.definition(params);
            SavedSearch created =
                    saved.save(searcher.getName(), name == null ? "" : name, definition, params.containsKey("shared"));
            return "redirect:" + SearchParams.href(created.definition());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("saveErrors", reasons(e));
            redirect.addFlashAttribute("saveName", name);
            return "redirect:" + SearchParams.of(params).firstPage();
        }
    }

    /** Deletes the user's own search (an administrator's: anyone's) after the page asked to confirm. */
    @PostMapping("/search/saved/{id}/delete")
    String delete(@PathVariable UUID id, Authentication searcher) {
        saved.delete(id, searcher.getName(), Searchers.isAdmin(searcher));
        return "redirect:/search";
    }

    private List<String> reasons(InvalidInputException e) {
        return e.violations().stream()
                .map(v -> messages.getMessage(
                        "violation." + v.code(), null, v.field() + ": " + v.message(), LocaleContextHolder.getLocale()))
                .toList();
    }
}
