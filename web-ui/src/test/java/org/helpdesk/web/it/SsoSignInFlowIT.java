package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.audit.AuditFilter;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.KeycloakServer;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The whole browser round trip through the real Keycloak, as plain HTTP with a cookie jar: the app sends the visitor
 * to Keycloak (authorization code + PKCE), Keycloak's own login form signs the demo user in, the app provisions the
 * account with e-mail, roles and teams; signing out ends the Keycloak session too (RP-initiated logout).
 */
@SsoIntegrationTest
class SsoSignInFlowIT {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern FORM_ACTION_FIRST =
            Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final KeycloakServer keycloak =
            DevStack.sharedWithKeycloak().keycloak().orElseThrow();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Teams teams;

    @Autowired
    AuditTrail audit;

    @Test
    void everyDemoUserSignsInThroughKeycloaksLoginFormAndOutAgain() {
        for (String user : List.of("agent", "quality", "auditor", "admin")) {
            Browser browser = new Browser();
            HttpResponse<String> login = browser.open(app("/account"));
            assertThat(login.uri().toString())
                    .as(user)
                    .startsWith(keycloak.issuerUri().toString());
            assertThat(login.body()).as(user).contains("kc-form-login");

            HttpResponse<String> account = browser.submit(
                    loginAction(login.body()),
                    Map.of("username", user, "password", keycloak.userPassword(user), "credentialId", ""));

            assertThat(account.uri().getPath())
                    .as("%s: %s", user, account.body())
                    .isEqualTo("/account");
            assertThat(account.statusCode()).as(user).isEqualTo(200);
            assertThat(account.body()).as(user).contains(user + "@example.com");

            HttpResponse<String> out = browser.submit(app("/logout"), Map.of("_csrf", csrf(account.body())));
            assertThat(out.uri().toString()).as(user).startsWith(app("/login").toString());

            // The Keycloak session is gone too: the next visit shows Keycloak's form instead of signing in silently.
            HttpResponse<String> again = browser.open(app("/account"));
            assertThat(again.uri().toString())
                    .as(user)
                    .startsWith(keycloak.issuerUri().toString());
            assertThat(again.body()).as(user).contains("kc-form-login");
        }
    }

    @Test
    void signInKeepsTeamMembershipsInStepWithKeycloakGroupsAndAuditsTheChange() {
        Team firstLine = team("first-line");
        Team elsewhere = team("sso-flow-elsewhere");
        new Browser().signIn("agent");
        UserAccount agent = accounts.findByUsername("agent").orElseThrow();
        assertThat(agent.email()).isEqualTo("agent@example.com");
        assertThat(teams.teamsOf(agent.id())).contains(firstLine.id()).doesNotContain(elsewhere.id());

        // Added locally, but not a Keycloak group of the agent: the next sign-in takes it away again.
        teams.addMember(elsewhere.id(), "agent");
        new Browser().signIn("agent");

        assertThat(teams.teamsOf(agent.id())).contains(firstLine.id()).doesNotContain(elsewhere.id());
        assertThat(audit.find(new AuditFilter(null, "SSO_ACCOUNT_SYNCED", null, null, null, null), 0, 50)
                        .items())
                .anySatisfy(entry -> {
                    assertThat(entry.targetId()).isEqualTo("agent");
                    assertThat(entry.details().toString()).contains("sso-flow-elsewhere");
                });
    }

    @Test
    void whileKeycloakIsDownSignedInPeopleKeepWorkingAndSigningInSaysWhy() {
        Browser signedIn = new Browser();
        signedIn.signIn("auditor");
        Browser arriving = new Browser();
        HttpResponse<String> login = arriving.open(app("/account"));
        HttpResponse<String> callback = arriving.submitOnce(
                loginAction(login.body()),
                Map.of("username", "admin", "password", keycloak.userPassword("admin"), "credentialId", ""));
        assertThat(callback.headers().firstValue("Location").orElseThrow())
                .as("Keycloak sends the browser back with a code")
                .startsWith(app("/login/oauth2/code/").toString());

        keycloak.stop();
        try {
            // The app cannot redeem the code: the sign-in page says why, no error page, no 500.
            HttpResponse<String> failed = arriving.followFrom(callback);
            assertThat(failed.statusCode()).isEqualTo(200);
            assertThat(failed.uri().getPath()).isEqualTo("/login");
            assertThat(failed.body()).contains("Single sign-on is not available right now");

            HttpResponse<String> stillIn = signedIn.open(app("/account"));
            assertThat(stillIn.statusCode()).isEqualTo(200);
            assertThat(stillIn.uri().getPath()).isEqualTo("/account");
        } finally {
            keycloak.start();
        }
    }

    private Team team(String name) {
        return teams.all().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseGet(() -> teams.create(name, null));
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static URI loginAction(String page) {
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            action = FORM_ACTION_FIRST.matcher(page);
            assertThat(action.find())
                    .as("Keycloak's login form has an action: %s", page)
                    .isTrue();
        }
        return URI.create(HtmlUtils.htmlUnescape(action.group(1)));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return HtmlUtils.htmlUnescape(token.group(1));
    }

    /**
     * The cookies of loopback hosts, as a browser keeps them: it treats {@code http://localhost} as secure, so
     * Keycloak's {@code Secure} cookies are sent back over plain HTTP (Java's {@code CookieManager} would drop
     * them). Cookies are by host, not port, as in a browser; expired ones are removed.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of(
                    "Cookie",
                    List.of(cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(this::set);
                }
            });
        }

        private void set(String header) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0 || cookie.hasExpired()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    /** A cookie jar that follows redirects itself, so that every hop is checked and cookies go to both hosts. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        void signIn(String user) {
            HttpResponse<String> login = open(app("/account"));
            HttpResponse<String> account = submit(
                    loginAction(login.body()),
                    Map.of("username", user, "password", keycloak.userPassword(user), "credentialId", ""));
            assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
        }

        HttpResponse<String> open(URI uri) {
            return follow(HttpRequest.newBuilder(uri).GET());
        }

        HttpResponse<String> submit(URI uri, Map<String, String> fields) {
            return follow(post(uri, fields));
        }

        private static HttpRequest.Builder post(URI uri, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        /** Posts a form and returns the answer as it is, without following a redirect. */
        HttpResponse<String> submitOnce(URI uri, Map<String, String> fields) {
            return send(post(uri, fields));
        }

        HttpResponse<String> followFrom(HttpResponse<String> redirect) {
            return follow(redirect);
        }

        private HttpResponse<String> follow(HttpRequest.Builder first) {
            return follow(send(first));
        }

        private HttpResponse<String> follow(HttpResponse<String> first) {
            HttpResponse<String> response = first;
            for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(next).GET());
            }
            assertThat(isRedirect(response)).as("too many redirects").isFalse();
            return response;
        }

        private static boolean isRedirect(HttpResponse<?> response) {
            return response.statusCode() >= 300 && response.statusCode() < 400;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
