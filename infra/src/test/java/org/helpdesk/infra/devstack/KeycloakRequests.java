package org.helpdesk.infra.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain OIDC calls to the dev stack's Keycloak, as a relying party or a test would make them. */
final class KeycloakRequests {

    record Answer(int status, String body, String location) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Redirects are answers to check, not to follow.
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakServer keycloak;

    KeycloakRequests(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    Answer discovery() {
        return send(HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/.well-known/openid-configuration"))
                .GET());
    }

    /** The password grant with the public test client. */
    Answer passwordGrant(String username, String password) {
        return token(
                keycloak.issuerUri(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        KeycloakServer.TEST_CLIENT_ID,
                        "scope",
                        "openid",
                        "username",
                        username,
                        "password",
                        password));
    }

    Answer token(URI issuer, Map<String, String> form) {
        return post(URI.create(issuer + "/protocol/openid-connect/token"), form);
    }

    Answer introspect(String token, String clientId, String clientSecret) {
        return post(
                URI.create(keycloak.issuerUri() + "/protocol/openid-connect/token/introspect"),
                Map.of("token", token, "client_id", clientId, "client_secret", clientSecret));
    }

    /** The start of the authorization code flow, as the browser sends it. */
    Answer authorize(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuerUri() + "/protocol/openid-connect/auth?" + formEncoded(parameters)))
                .GET());
    }

    /** RP-initiated logout of the web client without a session, returning to {@code postLogoutRedirectUri}. */
    Answer logout(String postLogoutRedirectUri) {
        return send(HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/protocol/openid-connect/logout?"
                        + formEncoded(Map.of(
                                "client_id",
                                KeycloakServer.WEB_CLIENT_ID,
                                "post_logout_redirect_uri",
                                postLogoutRedirectUri))))
                .GET());
    }

    /** The claims of a user's access token from the password grant; fails unless the grant succeeds. */
    JsonNode accessTokenClaims(String username, String password) {
        Answer answer = passwordGrant(username, password);
        if (answer.status() != 200) {
            throw new AssertionError("No token for " + username + ": HTTP " + answer.status() + " " + answer.body());
        }
        return claims(answer.json().path("access_token").asString());
    }

    /** Decodes a JWT's payload; the signature is the resource server's business. */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("Not a signed JWT: " + jwt);
        }
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A claim that is a string or an array of strings, as a list. */
    static List<String> strings(JsonNode claim) {
        List<String> values = new ArrayList<>();
        if (claim.isArray()) {
            claim.forEach(value -> values.add(value.asString()));
        } else if (claim.isString()) {
            values.add(claim.asString());
        }
        return values;
    }

    private Answer post(URI uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(new LinkedHashMap<>(form)))));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + keycloak.baseUri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formEncoded(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
