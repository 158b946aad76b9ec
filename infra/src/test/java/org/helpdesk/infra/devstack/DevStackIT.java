package org.helpdesk.infra.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DevStackIT {

    private final DevStack stack = DevStack.shared();

    @Test
    void sharedStackIsStartedOncePerJvm() {
        assertThat(DevStack.shared()).isSameAs(stack);
        assertThat(stack.settings().keepData()).isFalse();
    }

    @Test
    void postgresServesTheHelpdeskDatabaseToItsOwnerWhoIsNoSuperuser() throws SQLException {
        PostgresServer postgres = stack.postgres();

        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE ticket (id bigint PRIMARY KEY, subject text NOT NULL)");
            sql.execute("INSERT INTO ticket VALUES (1, 'Доставка задерживается')");
            try (ResultSet row = sql.executeQuery("SELECT current_database(), current_user, rolsuper, subject"
                    + " FROM ticket, pg_roles WHERE rolname = current_user")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("helpdesk");
                assertThat(row.getString(2)).isEqualTo("helpdesk");
                assertThat(row.getBoolean(3)).isFalse();
                assertThat(row.getString(4)).isEqualTo("Доставка задерживается");
            }
        }
    }

    @Test
    void dataLivesInTheSettingsFolders() {
        assertThat(stack.settings().dataDir().resolve("elasticsearch/data")).isDirectory();
        assertThat(stack.settings().dataDir().resolve("postgres")).isDirectory();
        assertThat(stack.settings().cacheDir()).isDirectory();
    }
}
