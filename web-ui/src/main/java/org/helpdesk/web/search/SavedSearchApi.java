package org.helpdesk.web.search;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.helpdesk.search.SavedSearch;
import org.helpdesk.search.SavedSearches;
import org.helpdesk.search.SearchDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved searches over REST. Body of POST and PUT: {@code {"name": "Refunds this year", "search":
 * "q=refund&from=2026-01-01&status=OPEN", "shared": false}}, where {@code search} is the query string of
 * {@code /api/v1/search/tickets} (paging parameters are dropped; invalid filters are a 400).
 */
@RestController
@RequestMapping(path = "/api/v1/search/saved", produces = MediaType.APPLICATION_JSON_VALUE)
class SavedSearchApi {

    private final SavedSearches saved;

    SavedSearchApi(SavedSearches saved) {
        this.saved = saved;
    }

    /** The caller's own saved searches, then those others shared. */
    @GetMapping
    List<SavedSearchView> list(Authentication searcher) {
        boolean admin = Searchers.isAdmin(searcher);
        return saved.visibleTo(searcher.getName()).stream()
                .map(s -> SavedSearchView.of(s, searcher.getName(), admin))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SavedSearchView> save(@RequestBody Body body, Authentication searcher) {
        SavedSearch created = saved.save(searcher.getName(), body.nameOrBlank(), body.definition(), body.isShared());
        return ResponseEntity.created(URI.create("/api/v1/search/saved/" + created.id()))
                .body(SavedSearchView.of(created, searcher.getName(), Searchers.isAdmin(searcher)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SavedSearchView update(@PathVariable UUID id, @RequestBody Body body, Authentication searcher) {
        SavedSearch changed =
                saved.update(id, searcher.getName(), body.nameOrBlank(), body.definition(), body.isShared());
        return SavedSearchView.of(changed, searcher.getName(), Searchers.isAdmin(searcher));
    }

    /** The caller's own; an administrator may delete anyone's. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, Authentication searcher) {
        saved.delete(id, searcher.getName(), Searchers.isAdmin(searcher));
        return ResponseEntity.noContent().build();
    }

    record Body(
            @Nullable String name,
            @Nullable String search,
            @Nullable Boolean shared) {

        String nameOrBlank() {
            return name == null ? "" : name;
        }

        boolean isShared() {
            return Boolean.TRUE.equals(shared);
        }

        SearchDefinition definition() {
            return SearchParams.definition(SearchParams.decode(search == null ? "" : search));
        }
    }
}
