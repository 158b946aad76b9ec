package org.helpdesk.web.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a virtual agent does, by weight: the queue views, ticket pages, search (page and API), the ticket API, and
 * replies to their team's open tickets. A kind is a page view if it renders HTML for the agent.
 */
record LoadMix(List<Action> actions) {

    /** The tickets one agent works on: any of their team's, and the open ones they reply to. */
    record Work(List<String> tickets, List<String> open, List<String> searches) {}

    interface Request {
        HttpResponse<String> send(AgentSession session, Work work, SplittableRandom random)
                throws IOException, InterruptedException;
    }

    record Action(String kind, boolean pageView, int weight, Request request) {}

    /** The mix the benchmark runs: mostly queue views and ticket pages, as an agent's day goes. */
    static LoadMix agentDay() {
        return new LoadMix(List.of(
                page("queue: my open tickets", 18, (s, w, r) -> s.get("/tickets?view=MINE")),
                page("queue: unassigned in my teams", 8, (s, w, r) -> s.get("/tickets?view=UNASSIGNED")),
                page("queue: about to breach", 5, (s, w, r) -> s.get("/tickets?view=BREACHING")),
                page(
                        "queue: all open by priority",
                        4,
                        (s, w, r) -> s.get("/tickets?view=OPEN&sort=PRIORITY&order=desc")),
                page("ticket page", 30, (s, w, r) -> s.get("/tickets/" + pick(w.tickets(), r))),
                page("search page", 8, (s, w, r) -> s.get("/search?q=" + AgentSession.encode(pick(w.searches(), r)))),
                api("API: ticket", 8, (s, w, r) -> s.api("/api/v1/tickets/" + pick(w.tickets(), r))),
                api(
                        "API: search",
                        8,
                        (s, w, r) -> s.api("/api/v1/search/tickets?q=" + AgentSession.encode(pick(w.searches(), r)))),
                api(
                        "reply (form post)",
                        6,
                        (s, w, r) -> s.post(
                                "/tickets/" + pick(w.open(), r) + "/messages",
                                Map.of("body", "Thank you, we are looking into it.", "visibility", "PUBLIC")))));
    }

    Action pick(SplittableRandom random) {
        int total = actions.stream().mapToInt(Action::weight).sum();
        int at = random.nextInt(total);
        for (Action action : actions) {
            at -= action.weight();
            if (at < 0) {
                return action;
            }
        }
        return actions.get(actions.size() - 1);
    }

    private static Action page(String kind, int weight, Request request) {
        return new Action(kind, true, weight, request);
    }

    private static Action api(String kind, int weight, Request request) {
        return new Action(kind, false, weight, request);
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
