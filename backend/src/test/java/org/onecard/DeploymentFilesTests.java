package org.onecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files under infra/ agree with each other and with the server's own settings.
 * Docker cannot run on the project's machines, so infra/docker/compose.yaml is checked here as a
 * parsed structure only; `make test-infra` runs nginx -t and systemd-analyze on the rest.
 */
class DeploymentFilesTests {

    private static final Path INFRA = Path.of("..", "infra");

    private final Map<String, Object> compose = yaml(INFRA.resolve("docker/compose.yaml"));
    private final String nginxMain = read("nginx/nginx.conf");
    private final String nginxHttp = read("nginx/onecard.conf");
    private final String nginxStream = read("nginx/onecard-stream.conf");
    private final String unit = read("systemd/onecard.service");
    private final Map<String, Object> application = yaml(Path.of("src/main/resources/application.yml"));

    @Test
    void composeRunsTheDatabaseTheServerAndNginxFromPinnedImages() {
        assertThat(services().keySet()).containsExactlyInAnyOrder("mariadb", "onecard", "nginx", "backup");
        services().forEach((name, service) -> assertThat(string(service, "image"))
                .as(name).matches("[a-z0-9./-]+:[0-9][\\w.-]*(-jre)?").doesNotEndWith(":latest"));
        assertThat(service("nginx").get("network_mode")).isEqualTo("service:onecard");
        assertThat(service("backup").get("profiles")).isEqualTo(List.of("backup"));
    }

    @Test
    void serverListensOnLoopbackPortsThatNginxForwardsTo() {
        Map<String, String> composeEnv = environment("onecard");
        int http = upstreamPort(nginxHttp, "onecard_http");
        int terminal = upstreamPort(nginxStream, "onecard_terminal");

        assertThat(Integer.parseInt(composeEnv.get("PORT"))).isEqualTo(http).isEqualTo(unitEnv("PORT"));
        assertThat(Integer.parseInt(composeEnv.get("ONECARD_TERMINAL_PORT")))
                .isEqualTo(terminal).isEqualTo(unitEnv("ONECARD_TERMINAL_PORT"));
        assertThat(List.of(composeEnv.get("SERVER_ADDRESS"), composeEnv.get("ONECARD_TERMINAL_HOST"),
                unitValue("SERVER_ADDRESS"), unitValue("ONECARD_TERMINAL_HOST"))).containsOnly("127.0.0.1");
        // the names the files set are the ones the server reads
        String yml = readPath(Path.of("src/main/resources/application.yml"));
        assertThat(yml).contains("${PORT:", "${ONECARD_TERMINAL_PORT:");
        assertThat(readPath(Path.of("src/main/resources/application-mariadb.yml")))
                .contains("${DB_HOST:", "${DB_NAME:", "${DB_USER:", "${DB_PASSWORD:");
    }

    @Test
    void composePublishesExactlyThePortsNginxListensOn() {
        List<Integer> listens = all(Pattern.compile("(?m)^\\s*listen\\s+(\\d+)"), nginxHttp + nginxStream)
                .stream().map(Integer::parseInt).toList();
        List<Integer> published = list(service("onecard"), "ports").stream()
                .map(p -> Integer.parseInt(p.toString().split(":")[0])).toList();

        assertThat(listens).containsExactlyInAnyOrder(443, 80, 9100);
        assertThat(published).containsExactlyInAnyOrderElementsOf(listens);
    }

    @Test
    void composeMountsTheSameFilesTheHostsUse() {
        assertThat(list(service("nginx"), "volumes")).contains(
                "../nginx/nginx.conf:/etc/nginx/nginx.conf:ro",
                "../nginx/onecard.conf:/etc/nginx/conf.d/default.conf:ro",
                "../nginx/onecard-stream.conf:/etc/nginx/stream.d/onecard-stream.conf:ro",
                "./certs:" + certificateDirectory() + ":ro");
        assertThat(nginxMain).contains("include /etc/nginx/conf.d/*.conf;", "include /etc/nginx/stream.d/*.conf;");
        assertThat(list(service("mariadb"), "volumes")).contains("../mariadb/onecard.cnf:/etc/mysql/conf.d/onecard.cnf:ro");
        assertThat(list(service("onecard"), "volumes"))
                .contains("../../backend/target/onecard-server.jar:/opt/onecard/onecard-server.jar:ro");
        for (Object volume : list(service("nginx"), "volumes")) {
            String source = volume.toString().split(":")[0];
            if (source.startsWith("../")) {
                assertThat(INFRA.resolve("docker").resolve(source)).as(source).isRegularFile();
            }
        }
    }

    @Test
    void composeStartsTheServerAsTheSystemdUnitDoes() {
        List<String> unitCommand = List.of(unit.replaceAll("\\\\\\n\\s*", " ")
                .replaceAll("(?s).*\\nExecStart=/usr/bin/", "").replaceAll("(?s)\\n.*", "").trim().split("\\s+"));

        assertThat(list(service("onecard"), "command")).isEqualTo(unitCommand);
        assertThat(unitCommand).contains("--spring.profiles.active=mariadb");
    }

    @Test
    void nginxLimitsLeaveTheServersOwnLimitsInCharge() {
        DataSize body = DataSize.parse(first(Pattern.compile("client_max_body_size\\s+(\\d+)m;"), nginxHttp) + "MB");
        DataSize largestPart = DataSize.parse(setting("spring", "webflux", "multipart", "max-disk-usage-per-part"));
        assertThat(body).isGreaterThanOrEqualTo(largestPart);

        int streamTimeoutSeconds = Integer.parseInt(first(Pattern.compile("proxy_timeout\\s+(\\d+)s;"), nginxStream));
        int idleSeconds = Integer.parseInt(setting("onecard", "terminal", "idle-timeout").replace("s", ""));
        assertThat(streamTimeoutSeconds).isGreaterThan(idleSeconds);
    }

    @Test
    void theBackupServiceSetsOnlyVariablesTheBackupScriptReads() {
        String lib = read("backup/lib.sh");
        assertThat(environment("backup").keySet())
                .allSatisfy(name -> assertThat(lib).as(name).contains(name + "=\"${" + name));
    }

    private String certificateDirectory() {
        String certificate = first(Pattern.compile("ssl_certificate\\s+(\\S+);"), nginxHttp);
        return certificate.substring(0, certificate.lastIndexOf('/'));
    }

    private int upstreamPort(String config, String upstream) {
        String block = first(Pattern.compile("upstream " + upstream + " \\{([^}]*)}"), config);
        return Integer.parseInt(first(Pattern.compile("server 127\\.0\\.0\\.1:(\\d+)"), block));
    }

    private int unitEnv(String name) {
        return Integer.parseInt(unitValue(name));
    }

    private String unitValue(String name) {
        return first(Pattern.compile("(?m)^Environment=.*\\b" + name + "=(\\S+)"), unit);
    }

    @SuppressWarnings("unchecked")
    private String setting(String... path) {
        Object node = application;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> services() {
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> environment(String name) {
        return (Map<String, String>) service(name).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object service, String key) {
        return (List<Object>) ((Map<String, Object>) service).get(key);
    }

    @SuppressWarnings("unchecked")
    private static String string(Object service, String key) {
        return String.valueOf(((Map<String, Object>) service).get(key));
    }

    private static String first(Pattern pattern, String text) {
        List<String> found = all(pattern, text);
        assertThat(found).as(pattern.pattern()).isNotEmpty();
        return found.get(0);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, Object> yaml(Path path) {
        return new Yaml().load(readPath(path));
    }

    private static String read(String infraPath) {
        return readPath(INFRA.resolve(infraPath));
    }

    private static String readPath(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(path.toAbsolutePath().normalize() + " is missing", e);
        }
    }
}
