package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.infra.devstack.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code helpdesk} realm as the dev stack imports it: the production realm ({@value #REALM_RESOURCE}) plus the
 * dev overlay ({@value #OVERLAY_RESOURCE}: the password-grant test client and the demo users), with every
 * {@code ${HELPDESK_...}} placeholder replaced by a random value of its own.
 *
 * <p>The placeholders use Keycloak's own syntax, so a production Keycloak resolves the one in the production realm
 * ({@value #WEB_CLIENT_SECRET}) from its environment when it imports the file. The values are Base64url, so they
 * need no escaping in JSON.
 */
final class DevRealm {

    static final String REALM_RESOURCE = "/keycloak/helpdesk-realm.json";
    static final String OVERLAY_RESOURCE = "helpdesk-realm-dev.json";
    static final String WEB_CLIENT_ID = KeycloakServer.WEB_CLIENT_ID;
    static final String WEB_CLIENT_SECRET = "HELPDESK_WEB_CLIENT_SECRET";

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(HELPDESK_[A-Z0-9_]+)}");
    // Overlay members that are added to the realm; anything else in the overlay is a mistake.
    private static final Set<String> OVERLAY_ARRAYS = Set.of("clients", "users");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String importJson;
    private final String webClientSecret;
    private final Map<String, String> userPasswords;

    private DevRealm(String importJson, String webClientSecret, Map<String, String> userPasswords) {
        this.importJson = importJson;
        this.webClientSecret = webClientSecret;
        this.userPasswords = Map.copyOf(userPasswords);
    }

    /** The realm from the classpath with fresh random secrets and passwords. */
    static DevRealm withRandomSecrets() {
        return withRandomSecrets(resource(DevRealm.class, REALM_RESOURCE), resource(DevRealm.class, OVERLAY_RESOURCE));
    }

    static DevRealm withRandomSecrets(String realm, String overlay) {
        String template = merge(realm, overlay);
        Map<String, String> values = new TreeMap<>();
        placeholders(template).forEach(name -> values.put(name, randomSecret()));
        JsonNode merged = parse(template);
        String importJson =
                PLACEHOLDER.matcher(template).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
        return new DevRealm(importJson, webClientSecret(merged, values), userPasswords(merged, values));
    }

    /** The JSON to import: the merged realm with all placeholders replaced. */
    String importJson() {
        return importJson;
    }

    /** The secret of the {@value #WEB_CLIENT_ID} client. */
    String webClientSecret() {
        return webClientSecret;
    }

    /** Demo users and their passwords. */
    Map<String, String> userPasswords() {
        return userPasswords;
    }

    /** The realm with the overlay's clients and users added; the placeholders are left in place. */
    static String merge(String realm, String overlay) {
        ObjectNode merged = object(parse(realm), "realm");
        ObjectNode additions = object(parse(overlay), "overlay");
        for (Map.Entry<String, JsonNode> member : additions.properties()) {
            String name = member.getKey();
            if (name.startsWith("_")) {
                continue; // comments
            }
            if (!OVERLAY_ARRAYS.contains(name) || !member.getValue().isArray()) {
                throw new IllegalArgumentException(
                        "The dev realm overlay may only add arrays " + OVERLAY_ARRAYS + ", not '" + name + "'");
            }
            merged.withArrayProperty(name).addAll((ArrayNode) member.getValue());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(merged);
    }

    static Set<String> placeholders(String json) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(json);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (next to " + anchor + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static String webClientSecret(JsonNode realm, Map<String, String> values) {
        for (JsonNode client : realm.path("clients")) {
            if (WEB_CLIENT_ID.equals(client.path("clientId").asString(""))) {
                return valueOf(client.path("secret").asString(""), values)
                        .orElseThrow(() -> new IllegalArgumentException("The " + WEB_CLIENT_ID
                                + " client's secret must be a ${HELPDESK_...} placeholder, never a literal"));
            }
        }
        throw new IllegalArgumentException("The realm has no " + WEB_CLIENT_ID + " client");
    }

    private static Map<String, String> userPasswords(JsonNode realm, Map<String, String> values) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asString("");
            for (JsonNode credential : user.path("credentials")) {
                String value = credential.path("value").asString("");
                passwords.put(
                        username,
                        valueOf(value, values)
                                .orElseThrow(() -> new IllegalArgumentException("The password of user '" + username
                                        + "' must be a ${HELPDESK_...} placeholder, never a literal")));
            }
        }
        return passwords;
    }

    /** The value that replaces a string that is exactly one placeholder. */
    private static Optional<String> valueOf(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.matches() ? Optional.ofNullable(values.get(matcher.group(1))) : Optional.empty();
    }

    private static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("The " + what + " JSON is not an object");
        }
        return object;
    }

    /** 24 random bytes, Base64url: safe in JSON, URLs and shell words. */
    static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
