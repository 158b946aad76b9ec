-- The audit trail: who did what, when and from where, in an append-only, hash-chained log.
-- Each row's hash covers the previous row's hash and its own content (see org.helpdesk.audit and
-- docs/operations.md for the exact definition), so changing or removing any row breaks the chain.
create table audit_log (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(200) not null,
    action       varchar(64)  not null,
    target_type  varchar(64)  not null,
    target_id    varchar(200),
    details      jsonb        not null,
    source       varchar(200) not null,
    prev_hash    char(64)     not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash         char(64)     not null check (hash ~ '^[0-9a-f]{64}$')
);
-- One successor per entry: even a bug in the appending code could not fork the chain.
create unique index audit_log_prev_hash_uq on audit_log (prev_hash);
create unique index audit_log_hash_uq on audit_log (hash);
create index audit_log_occurred_at_idx on audit_log (occurred_at, id);
create index audit_log_actor_idx on audit_log (lower(actor), id);
create index audit_log_action_idx on audit_log (action, id);
create index audit_log_target_idx on audit_log (target_type, lower(target_id), id);

-- Nobody changes or removes an entry through the product (the same guard as ticket_event).
create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function forbid_history_change();
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function forbid_history_change();
