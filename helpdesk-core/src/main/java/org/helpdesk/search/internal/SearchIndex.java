package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.search.SearchProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One index of ours: concrete, versioned indices ({@code <prefix>-tickets-v1},
 * {@code <prefix>-tickets-v1-20261123181500}, ...) behind one stable alias ({@code <prefix>-tickets})
 * that all reads and writes go through, so a rebuild is a new index, a backfill and an atomic alias swap.
 * The mapping version is part of every index name; an index of an older version is upgraded by a
 * rebuild (see {@link MappingUpgrade}). The mapping is the resource {@code search/<name>-v<version>.json}.
 */
public abstract class SearchIndex {

    private static final Pattern VERSIONED = Pattern.compile("-v(\\d+)(-\\d+)?$");
    private static final DateTimeFormatter GENERATION =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient client;
    private final SearchProperties.Indices settings;
    private final String name;
    private final String alias;
    private final int currentVersion;
    private volatile boolean known;

    SearchIndex(ElasticsearchClient client, SearchProperties properties, String name, int currentVersion) {
        this.client = client;
        this.settings = properties.indices();
        this.name = name;
        this.alias = properties.indexPrefix() + "-" + name;
        this.currentVersion = currentVersion;
    }

    public String alias() {
        return alias;
    }

    /** The mapping version this release writes. */
    int currentVersion() {
        return currentVersion;
    }

    /** The name of a fresh index generation for a rebuild started at {@code at}. */
    String generationName(Instant at) {
        return alias + "-v" + currentVersion + "-" + GENERATION.format(at);
    }

    /**
     * Creates the first index and its alias when they do not exist yet, or else gives the existing index the configured
     * replicas and refresh interval. Safe to call often and concurrently.
     */
    void ensureExists() throws IOException {
        if (known) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            create(alias + "-v" + currentVersion, true);
        } else {
            client.indices()
                    .putSettings(p -> p.index(alias)
                            .settings(s -> s.numberOfReplicas(String.valueOf(settings.replicas()))
                                    .refreshInterval(t -> t.time(settings.refreshIntervalSetting()))));
        }
        known = true;
    }

    /**
     * Writes through the alias require it ({@code require_alias}), so a write never auto-creates a plain index under the
     * alias's name with a guessed mapping. When such a write finds no alias (deleted behind our back), the next
     * {@link #ensureExists()} looks again and creates it.
     */
    void forgetUnlessAliasIn(BulkResponse response) {
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null
                    && alias.equals(item.index())
                    && "index_not_found_exception".equals(item.error().type())) {
                known = false;
                return;
            }
        }
    }

    /** Creates an index with the current mapping, optionally as the alias's write index. */
    void create(String index, boolean withAlias) throws IOException {
        createIfAbsent(index, withAlias);
    }

    /**
     * Creates an index with the current mapping; returns false, creating nothing, when an index of that name exists
     * already (another instance created it first: for the first index, the outcome we wanted).
     */
    boolean createIfAbsent(String index, boolean withAlias) throws IOException {
        try (InputStream mapping = mapping()) {
            client.indices().create(c -> {
                c.index(index).withJson(mapping);
                return withAlias ? c.aliases(alias, a -> a.isWriteIndex(true)) : c;
            });
            return true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            return false;
        }
    }

    /** The concrete index the alias points at, if any. */
    Optional<String> aliasTarget() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(a -> a.name(alias)).result().keySet().stream()
                .findFirst();
    }

    /** The mapping version of an index of ours, read from its name ({@code …-tickets-v2-20261123181500} is 2). */
    OptionalInt mappingVersion(String index) {
        if (!index.startsWith(alias + "-v")) {
            return OptionalInt.empty();
        }
        Matcher matcher = VERSIONED.matcher(index.substring(alias.length()));
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Points the alias at {@code to} instead of {@code from}, in one atomic step. */
    void swap(Optional<String> from, String to) throws IOException {
        client.indices().updateAliases(u -> {
            from.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(to).alias(alias).isWriteIndex(true)));
        });
        known = true;
    }

    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    /** The release's settings and mapping of a new index, with the configured shards, replicas and refresh interval. */
    InputStream mapping() throws IOException {
        String resource = "search/" + name + "-v" + currentVersion + ".json";
        ObjectNode definition;
        try (InputStream stream = SearchIndex.class.getResourceAsStream("/" + resource)) {
            if (stream == null) {
                throw new UncheckedIOException(new IOException(resource + " missing"));
            }
            definition = (ObjectNode) JSON.readTree(stream);
        }
        ObjectNode indexSettings = (ObjectNode) definition.get("settings");
        indexSettings.put("number_of_shards", settings.shards());
        indexSettings.put("number_of_replicas", settings.replicas());
        indexSettings.put("refresh_interval", settings.refreshIntervalSetting());
        return new ByteArrayInputStream(JSON.writeValueAsBytes(definition));
    }
}
