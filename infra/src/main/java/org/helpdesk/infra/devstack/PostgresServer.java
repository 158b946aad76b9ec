package org.helpdesk.infra.devstack;

/** A running PostgreSQL server with a database {@code helpdesk} owned by the (non-superuser) user it names. */
public interface PostgresServer {

    /** JDBC URL of the {@code helpdesk} database, e.g. {@code jdbc:postgresql://localhost:PORT/helpdesk}. */
    String jdbcUrl();

    String username();

    String password();
}
