package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MavenArtifactTest {

    @Test
    void elasticsearchZipLivesWhereMavenPutsIt() {
        MavenArtifact zip = ElasticsearchDistribution.artifact("8.19.21");

        assertThat(zip.repositoryPath())
                .isEqualTo(
                        "org/elasticsearch/distribution/integ-test-zip/elasticsearch/8.19.21/elasticsearch-8.19.21.zip");
        assertThat(zip).hasToString("org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip");
    }

    @Test
    void parsesTheCoordinatesDependencyGetTakes() {
        assertThat(MavenArtifact.parse("org.keycloak:keycloak-quarkus-dist:26.7.3:zip"))
                .isEqualTo(new MavenArtifact("org.keycloak", "keycloak-quarkus-dist", "26.7.3", "zip", ""));
        assertThat(MavenArtifact.parse("g:a:1.0")).isEqualTo(new MavenArtifact("g", "a", "1.0", "jar", ""));
    }

    @Test
    void classifierBecomesPartOfTheFileName() {
        MavenArtifact artifact = MavenArtifact.parse("org.example:server:2.0:tar.gz:linux-x86_64");

        assertThat(artifact.repositoryPath()).isEqualTo("org/example/server/2.0/server-2.0-linux-x86_64.tar.gz");
    }

    @Test
    void rejectsIncompleteCoordinates() {
        assertThatIllegalArgumentException().isThrownBy(() -> MavenArtifact.parse("org.example:server"));
    }
}
