package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.helpdesk.search.SearchProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client. We build it ourselves because Spring Boot 4 auto-configures the 9.x client,
 * while our servers (and the client we pin) are 8.19.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        HttpHost[] hosts = properties.uris().stream()
                .map(uri -> HttpHost.create(uri.toString()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(
                                (int) properties.connectTimeout().toMillis())
                        .setSocketTimeout((int) properties.socketTimeout().toMillis()));
        if (hasText(properties.apiKey())) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())});
        } else if (hasText(properties.username())) {
            var credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(properties.username(), properties.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
