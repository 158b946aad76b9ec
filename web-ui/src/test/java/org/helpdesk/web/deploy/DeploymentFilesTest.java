package org.helpdesk.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployment files ({@code infra/compose}, {@code infra/k8s}) hang together and configure the app only with
 * settings it reads: they cannot be run here (no container engine, no cluster), so their structure is checked after
 * parsing them with a YAML parser, and every variable handed to the app is checked against the app's configuration
 * metadata with Spring Boot's own relaxed binding. {@link ComposeConfigTest} also runs docker-compose's validation.
 */
class DeploymentFilesTest {

    private static final String COMPOSE = "infra/compose/docker-compose.yml";
    private static final String ENV_EXAMPLE = "infra/compose/.env.example";
    private static final String NGINX = "infra/compose/nginx/templates/helpdesk.conf.template";
    private static final String K8S = "infra/k8s/";

    /** Without these a production instance talks to the wrong servers, or builds wrong links behind the proxy. */
    private static final Set<String> REQUIRED = Set.of(
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "HELPDESK_SEARCH_URIS",
            "HELPDESK_PUBLIC_BASE_URL",
            "SERVER_FORWARD_HEADERS_STRATEGY");

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");

    private static final AppSettings SETTINGS = AppSettings.fromClasspath();

    // ---- compose ----

    @Test
    void everyComposeServiceHasAnImageOrABuild() {
        assertThat(services()).isNotEmpty();
        services()
                .forEach((name, service) -> assertThat(service.containsKey("image") || service.containsKey("build"))
                        .as("service %s has neither image nor build", name)
                        .isTrue());
    }

    @Test
    void composeDependenciesExistAndWaitForWhatTheyNeed() {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> dependencies(service).forEach((dependency, condition) -> {
            assertThat(services).as("%s depends on an unknown service", name).containsKey(dependency);
            assertThat(CONDITIONS).as("condition of %s → %s", name, dependency).contains(condition);
            Map<String, Object> target = services.get(dependency);
            if (condition.equals("service_healthy")) {
                assertThat(target)
                        .as("%s waits for %s to be healthy, which has no healthcheck", name, dependency)
                        .containsKey("healthcheck");
            }
            if (condition.equals("service_completed_successfully")) {
                assertThat(target)
                        .as(
                                "%s waits for %s to finish, but it restarts (it is a server, not a one-shot job)",
                                name, dependency)
                        .doesNotContainKey("restart");
            }
        }));
    }

    @Test
    void composeServersHaveHealthChecksAndOnlyTheProxyIsPublished() {
        services().forEach((name, service) -> {
            if (service.containsKey("restart")) {
                Map<String, Object> healthcheck = map(service.get("healthcheck"), name + ".healthcheck");
                assertThat(healthcheck.get("test"))
                        .as("healthcheck test of %s", name)
                        .isNotNull();
            }
        });
        Set<String> published = services().entrySet().stream()
                .filter(entry -> entry.getValue().containsKey("ports"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(published)
                .as("only the proxy is reachable from outside; databases, Elasticsearch and Keycloak are not")
                .containsExactly("proxy");
    }

    @Test
    void everyComposeVariableIsInTheEnvExample() {
        Set<String> used = new TreeSet<>();
        Matcher matcher =
                Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(RepositoryFiles.read(COMPOSE));
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(envFile(ENV_EXAMPLE).keySet())
                .as("variables of docker-compose.yml missing from .env.example")
                .containsAll(used);
        assertThat(used)
                .as("variables of .env.example that docker-compose.yml does not use")
                .containsAll(envFile(ENV_EXAMPLE).keySet());
    }

    @Test
    void theProxyBalancesExactlyTheAppInstances() {
        Set<String> apps = appServices().keySet();
        assertThat(apps).as("app instances").hasSizeGreaterThanOrEqualTo(2);
        Matcher upstream = Pattern.compile("upstream helpdesk \\{([^}]*)}").matcher(RepositoryFiles.read(NGINX));
        assertThat(upstream.find()).as("upstream helpdesk in %s", NGINX).isTrue();
        Set<String> servers = new TreeSet<>();
        Matcher server = Pattern.compile("server ([a-z0-9-]+):8080").matcher(upstream.group(1));
        while (server.find()) {
            servers.add(server.group(1));
        }
        assertThat(servers).isEqualTo(new TreeSet<>(apps));
        assertThat(dependencies(services().get("proxy")).keySet())
                .as("the proxy starts after the app instances")
                .containsAll(apps);
    }

    @Test
    void serverVersionsAreTheDevStacksOnes() throws IOException {
        Properties versions = new Properties();
        try (InputStream in =
                getClass().getResourceAsStream("/org/helpdesk/infra/devstack/internal/server-versions.properties")) {
            versions.load(in);
        }
        Map<String, String> env = envFile(ENV_EXAMPLE);
        assertThat(env.get("ES_VERSION")).isEqualTo(versions.getProperty("elasticsearch"));
        assertThat(env.get("KEYCLOAK_VERSION")).isEqualTo(versions.getProperty("keycloak"));
        String compose = RepositoryFiles.read(COMPOSE);
        assertThat(compose)
                .contains("${ES_VERSION:-" + versions.getProperty("elasticsearch") + "}")
                .contains("${KEYCLOAK_VERSION:-" + versions.getProperty("keycloak") + "}")
                .as("every image of Elasticsearch and Keycloak takes its version from the variable")
                .doesNotContainPattern("image: \\S*elasticsearch:(?!\\$\\{ES_VERSION)")
                .doesNotContainPattern("image: \\S*keycloak:(?!\\$\\{KEYCLOAK_VERSION)");
    }

    @Test
    void theAppInstancesAreConfiguredAlikeWithSettingsTheAppReads() {
        Map<String, Map<String, Object>> apps = appServices();
        Map<String, String> first = environment(apps.values().iterator().next());
        apps.forEach((name, app) ->
                assertThat(environment(app)).as("environment of %s", name).isEqualTo(first));
        assertAppEnvironment(COMPOSE, first);
    }

    // ---- Kubernetes ----

    @Test
    void kubernetesObjectsAreWellFormedAndAllInTheKustomization() throws IOException {
        Map<String, Object> kustomization = kustomization();
        List<String> resources = strings(kustomization.get("resources"), "resources");
        Set<String> files;
        try (var listing = Files.list(RepositoryFiles.path(K8S))) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml") && !file.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(new TreeSet<>(resources)).as("kustomization resources").isEqualTo(files);
        for (Map<String, Object> object : k8sObjects()) {
            assertThat(object.get("apiVersion")).as("apiVersion of %s", object).isInstanceOf(String.class);
            assertThat(object.get("kind")).as("kind of %s", object).isInstanceOf(String.class);
            assertThat(map(object.get("metadata"), "metadata").get("name"))
                    .as("metadata.name of %s", object.get("kind"))
                    .isInstanceOf(String.class);
        }
    }

    @Test
    void theDeploymentIsProbedBoundedAndMatchedByServicePdbAndIngress() {
        Map<String, Object> deployment = k8sObject("Deployment");
        Map<String, Object> spec = map(deployment.get("spec"), "spec");
        assertThat((Integer) spec.get("replicas")).as("replicas").isGreaterThanOrEqualTo(2);
        Map<String, Object> template = map(spec.get("template"), "template");
        Map<String, Object> podLabels =
                map(map(template.get("metadata"), "template.metadata").get("labels"), "labels");
        assertThat(podLabels)
                .as("the Deployment's selector matches its pods")
                .containsAllEntriesOf(matchLabels(spec.get("selector")));

        List<Map<String, Object>> containers =
                maps(map(template.get("spec"), "pod spec").get("containers"));
        assertThat(containers).isNotEmpty();
        Set<Object> portNames = new LinkedHashSet<>();
        for (Map<String, Object> container : containers) {
            for (Map<String, Object> port : maps(container.get("ports"))) {
                portNames.add(port.get("name"));
                portNames.add(port.get("containerPort"));
            }
        }
        for (Map<String, Object> container : containers) {
            for (String probe : List.of("readinessProbe", "livenessProbe")) {
                Map<String, Object> httpGet =
                        map(map(container.get(probe), probe).get("httpGet"), probe + ".httpGet");
                assertThat((String) httpGet.get("path"))
                        .as("%s: the health endpoints are public (SecurityConfiguration)", probe)
                        .startsWith("/actuator/health/");
                assertThat(portNames).as("port of %s", probe).contains(httpGet.get("port"));
            }
            assertThat(map(container.get("readinessProbe"), "").get("httpGet").toString())
                    .contains("/actuator/health/readiness");
            assertThat(map(container.get("livenessProbe"), "").get("httpGet").toString())
                    .contains("/actuator/health/liveness");
            Map<String, Object> resources = map(container.get("resources"), "resources");
            assertThat(map(resources.get("requests"), "requests")).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"), "limits")).containsKey("memory");
        }
        assertThat(RepositoryFiles.read("web-ui/src/main/resources/application.yml"))
                .as("liveness and readiness groups exist only with probes enabled")
                .containsPattern("probes:\\s+enabled: true");

        Map<String, Object> pdb = k8sObject("PodDisruptionBudget");
        assertThat(podLabels)
                .as("the PodDisruptionBudget selects the Deployment's pods")
                .containsAllEntriesOf(
                        matchLabels(map(pdb.get("spec"), "pdb spec").get("selector")));

        Map<String, Object> service = k8sObject("Service");
        Map<String, Object> serviceSpec = map(service.get("spec"), "service spec");
        Map<String, Object> serviceSelector = map(serviceSpec.get("selector"), "service selector");
        assertThat(serviceSelector).isNotEmpty();
        assertThat(podLabels).as("the Service selects the Deployment's pods").containsAllEntriesOf(serviceSelector);
        Set<Object> servicePorts = new LinkedHashSet<>();
        for (Map<String, Object> port : maps(serviceSpec.get("ports"))) {
            assertThat(portNames).as("targetPort of the Service").contains(port.get("targetPort"));
            servicePorts.add(port.get("name"));
            servicePorts.add(port.get("port"));
        }

        Map<String, Object> ingress = k8sObject("Ingress");
        String serviceName = (String) map(service.get("metadata"), "").get("name");
        for (Map<String, Object> rule :
                maps(map(ingress.get("spec"), "ingress spec").get("rules"))) {
            for (Map<String, Object> path : maps(map(rule.get("http"), "http").get("paths"))) {
                Map<String, Object> backend =
                        map(map(path.get("backend"), "backend").get("service"), "service");
                assertThat(backend.get("name")).isEqualTo(serviceName);
                Map<String, Object> port = map(backend.get("port"), "port");
                assertThat(servicePorts).contains(port.getOrDefault("name", port.get("number")));
            }
        }
    }

    @Test
    void kubernetesConfiguresTheAppAsComposeDoes() {
        Map<String, String> k8s = k8sEnvironment();
        assertAppEnvironment(K8S, k8s);
        assertThat(new TreeSet<>(k8s.keySet()))
                .as("Kubernetes sets the same settings as compose")
                .isEqualTo(new TreeSet<>(
                        environment(appServices().values().iterator().next()).keySet()));
    }

    @Test
    void secretsAreNotInTheConfigMap() {
        Map<String, Object> data = map(k8sObject("ConfigMap").get("data"), "ConfigMap data");
        assertThat(data.keySet())
                .as("passwords, secrets and keys belong in a Secret")
                .noneMatch(key -> key.matches(".*(PASSWORD|SECRET|API_?KEY).*"));
    }

    // ---- the README's table ----

    @Test
    void theReadmesConfigurationTableNamesOnlySettingsTheAppReads() {
        Set<String> variables = readmeVariables();
        assertThat(variables).contains("HELPDESK_SEARCH_URIS", "SPRING_DATASOURCE_URL");
        List<String> unknown = variables.stream()
                .filter(variable ->
                        !readsItself(variable) && SETTINGS.setBy(variable).isEmpty())
                .toList();
        assertThat(unknown).as("README variables the app does not read").isEmpty();
    }

    // ---- helpers ----

    private static void assertAppEnvironment(String where, Map<String, String> environment) {
        List<String> unknown = environment.keySet().stream()
                .filter(variable ->
                        !readsItself(variable) && SETTINGS.setBy(variable).isEmpty())
                .toList();
        assertThat(unknown)
                .as("variables in %s that the app does not read", where)
                .isEmpty();

        String readme = String.join(" ", readmeVariables());
        String operations = RepositoryFiles.read("docs/operations.md");
        List<String> undocumented = environment.keySet().stream()
                .filter(variable -> !readme.contains(variable)
                        && !operations.contains("`" + variable + "`")
                        && SETTINGS.setBy(variable)
                                .map(setting -> !operations.contains("`" + setting.name() + "`"))
                                .orElse(true))
                .toList();
        assertThat(undocumented)
                .as("variables in %s documented neither in README nor in docs/operations.md", where)
                .isEmpty();

        assertThat(environment.keySet()).as("required settings in %s", where).containsAll(REQUIRED);
        boolean basicAuth = environment.containsKey("HELPDESK_SEARCH_USERNAME")
                && environment.containsKey("HELPDESK_SEARCH_PASSWORD");
        assertThat(basicAuth || environment.containsKey("HELPDESK_SEARCH_API_KEY"))
                .as("Elasticsearch credentials in %s", where)
                .isTrue();
        if ("true".equals(environment.get("HELPDESK_SECURITY_SSO_ENABLED"))) {
            assertThat(environment.keySet())
                    .as("SSO settings in %s", where)
                    .contains("HELPDESK_SECURITY_SSO_ISSUER_URI", "HELPDESK_SECURITY_SSO_CLIENT_SECRET");
        }
    }

    /** Read by the JVM, or by application.yml as a plain variable ({@code ${PORT:8080}}). */
    private static boolean readsItself(String variable) {
        if (JVM_VARIABLES.contains(variable)) {
            return true;
        }
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]")
                .matcher(RepositoryFiles.read("web-ui/src/main/resources/application.yml"));
        while (placeholder.find()) {
            if (placeholder.group(1).equals(variable)) {
                return true;
            }
        }
        return false;
    }

    /** The variables of README's "Configuration for production" table; {@code <CHANNEL>} stands for one channel. */
    private static Set<String> readmeVariables() {
        String readme = RepositoryFiles.read("README.md");
        int start = readme.indexOf("## Configuration for production");
        assertThat(start).as("README section 'Configuration for production'").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> variables = new TreeSet<>();
        for (String line :
                readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]*(?:<[A-Z]+>)?)`")
                        .matcher(line.substring(0, line.indexOf('|', 1)));
                while (name.find()) {
                    variables.add(name.group(1).replace("<CHANNEL>", "PHONE"));
                }
            }
        }
        return variables;
    }

    private static Map<String, Map<String, Object>> services() {
        Map<String, Object> compose = map(RepositoryFiles.yamlDocuments(COMPOSE).get(0), COMPOSE);
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(compose.get("services"), "services")
                .forEach((name, service) -> services.put(name, map(service, "service " + name)));
        return services;
    }

    /** The services that run the app: built from its Dockerfile. */
    private static Map<String, Map<String, Object>> appServices() {
        Map<String, Map<String, Object>> apps = new TreeMap<>();
        services().forEach((name, service) -> {
            if (service.containsKey("build")) {
                apps.put(name, service);
            }
        });
        return apps;
    }

    /** depends_on as service → condition (the short list form means service_started). */
    private static Map<String, String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        Map<String, String> dependencies = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(name -> dependencies.put(String.valueOf(name), "service_started"));
        } else if (dependsOn != null) {
            map(dependsOn, "depends_on")
                    .forEach((name, spec) -> dependencies.put(
                            name, String.valueOf(map(spec, "depends_on." + name).get("condition"))));
        }
        return dependencies;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new TreeMap<>();
        if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        } else if (environment != null) {
            map(environment, "environment").forEach((name, value) -> variables.put(name, String.valueOf(value)));
        }
        return variables;
    }

    private static Map<String, String> envFile(String relative) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : RepositoryFiles.read(relative).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                assertThat(trimmed).as("line of %s", relative).contains("=");
                String[] pair = trimmed.split("=", 2);
                variables.put(pair[0], pair[1]);
            }
        }
        return variables;
    }

    private static Map<String, Object> kustomization() {
        return map(RepositoryFiles.yamlDocuments(K8S + "kustomization.yaml").get(0), "kustomization.yaml");
    }

    private static List<Map<String, Object>> k8sObjects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : strings(kustomization().get("resources"), "resources")) {
            for (Object document : RepositoryFiles.yamlDocuments(K8S + resource)) {
                objects.add(map(document, resource));
            }
        }
        return objects;
    }

    private static Map<String, Object> k8sObject(String kind) {
        List<Map<String, Object>> found = k8sObjects().stream()
                .filter(object -> kind.equals(object.get("kind")))
                .toList();
        assertThat(found).as("one %s in %s", kind, K8S).hasSize(1);
        return found.get(0);
    }

    /** ConfigMap data, Secret keys (from the secretGenerator's example file) and the container's own env. */
    private static Map<String, String> k8sEnvironment() {
        Map<String, String> variables = new TreeMap<>();
        Map<String, Object> configMap = k8sObject("ConfigMap");
        map(configMap.get("data"), "data").forEach((key, value) -> variables.put(key, String.valueOf(value)));

        List<Map<String, Object>> generators = maps(kustomization().get("secretGenerator"));
        assertThat(generators).hasSize(1);
        String secretName = (String) generators.get(0).get("name");
        for (String envs : strings(generators.get(0).get("envs"), "envs")) {
            variables.putAll(envFile(K8S + envs + ".example"));
        }

        Map<String, Object> pod = map(
                map(map(k8sObject("Deployment").get("spec"), "spec").get("template"), "template")
                        .get("spec"),
                "pod");
        Map<String, Object> container = maps(pod.get("containers")).get(0);
        Set<String> configMapRefs = new TreeSet<>();
        Set<String> secretRefs = new TreeSet<>();
        for (Map<String, Object> from : maps(container.get("envFrom"))) {
            if (from.containsKey("configMapRef")) {
                configMapRefs.add((String) map(from.get("configMapRef"), "").get("name"));
            }
            if (from.containsKey("secretRef")) {
                secretRefs.add((String) map(from.get("secretRef"), "").get("name"));
            }
        }
        assertThat(configMapRefs)
                .containsExactly((String) map(configMap.get("metadata"), "").get("name"));
        assertThat(secretRefs).containsExactly(secretName);
        for (Map<String, Object> env : maps(container.get("env"))) {
            variables.put((String) env.get("name"), String.valueOf(env.getOrDefault("value", "")));
        }
        return variables;
    }

    private static Map<String, String> matchLabels(Object selector) {
        Map<String, String> labels = new TreeMap<>();
        map(map(selector, "selector").get("matchLabels"), "matchLabels")
                .forEach((key, value) -> labels.put(key, String.valueOf(value)));
        assertThat(labels).as("matchLabels").isNotEmpty();
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> maps(Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(item -> map(item, "list item")).toList();
    }

    private static List<String> strings(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
