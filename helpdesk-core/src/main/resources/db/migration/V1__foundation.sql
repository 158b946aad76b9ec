-- Foundation schema: customers, tickets with append-only history, local accounts, search outbox.
-- All timestamps are UTC (timestamptz); ids are random UUIDs so they cannot be guessed.

create table customer (
    id          uuid primary key,
    email       varchar(320) not null,
    name        varchar(200),
    created_at  timestamptz  not null
);
create unique index customer_email_uq on customer (lower(email));

create sequence ticket_number_seq start with 1001;

create table ticket (
    id           uuid primary key,
    number       bigint       not null unique default nextval('ticket_number_seq'),
    subject      varchar(200) not null,
    description  text         not null,
    customer_id  uuid         not null references customer (id),
    priority     varchar(16)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status       varchar(16)  not null check (status in ('NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED')),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null
);
create index ticket_created_at_idx on ticket (created_at desc);
create index ticket_customer_idx on ticket (customer_id);

-- Every change to a ticket, in order. Never updated or deleted (enforced below).
create table ticket_event (
    id           bigserial primary key,
    ticket_id    uuid         not null references ticket (id),
    type         varchar(40)  not null,
    actor        varchar(100) not null,
    occurred_at  timestamptz  not null,
    data         jsonb        not null
);
create index ticket_event_ticket_idx on ticket_event (ticket_id, id);

create function forbid_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'history table % is append-only', tg_table_name;
end
$$;
create trigger ticket_event_append_only
    before update or delete on ticket_event
    for each row execute function forbid_history_change();

create table user_account (
    id             uuid primary key,
    username       varchar(100) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(200),
    roles          varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null
);
create unique index user_account_username_uq on user_account (lower(username));

-- Transactional outbox for the search index: written in the same transaction as the change,
-- drained by the indexer with SKIP LOCKED so several app instances never index the same row twice.
create table search_outbox (
    id               bigserial primary key,
    entity_type      varchar(32) not null,
    entity_id        uuid        not null,
    enqueued_at      timestamptz not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text
);
create index search_outbox_due_idx on search_outbox (next_attempt_at, id);
