-- The full ticket lifecycle, kept in plain columns so reporting can use set-based SQL.
alter table ticket
    add column channel                  varchar(16)  not null default 'WEB'
        check (channel in ('EMAIL', 'PHONE', 'WEB', 'CHAT', 'SOCIAL', 'IN_PERSON')),
    add column type                     varchar(16)  not null default 'QUESTION'
        check (type in ('COMPLAINT', 'QUESTION', 'REQUEST', 'INCIDENT')),
    add column category_id              uuid references category (id),
    add column product_id               uuid references product (id),
    add column team_id                  uuid references team (id),
    add column assignee_id              uuid references user_account (id),
    add column language                 varchar(8),
    add column tags                     text[]       not null default '{}',
    add column pending_reason           varchar(24)
        check (pending_reason in ('WAITING_ON_CUSTOMER', 'WAITING_ON_THIRD_PARTY')),
    add column updated_by               varchar(100),
    add column sla_policy_id            uuid references sla_policy (id),
    add column first_response_due       timestamptz,
    add column resolution_due           timestamptz,
    -- The next SLA deadline while the clock runs (null when paused, stopped or met): sorts the queue.
    add column sla_due_at               timestamptz,
    add column first_response_breached  boolean      not null default false,
    add column resolution_breached      boolean      not null default false,
    add column paused_since             timestamptz,
    add column pending_seconds          bigint       not null default 0,
    add column first_response_at        timestamptz,
    add column resolved_at              timestamptz,
    add column closed_at                timestamptz,
    add column reopen_count             int          not null default 0,
    add column agent_reply_count        int          not null default 0,
    add column escalated                boolean      not null default false,
    add column escalated_at             timestamptz,
    add column repeat_of_id             uuid references ticket (id),
    add column merged_into_id           uuid references ticket (id),
    add column split_from_id            uuid references ticket (id),
    add column follow_up_of_id          uuid references ticket (id);

-- First-contact resolution: resolved, never reopened, answered with a single agent reply.
alter table ticket add column first_contact_resolution boolean
    generated always as (resolved_at is not null and reopen_count = 0 and agent_reply_count = 1) stored;

create index ticket_status_idx on ticket (status, created_at desc);
create index ticket_assignee_idx on ticket (assignee_id, status);
create index ticket_team_unassigned_idx on ticket (team_id, status) where assignee_id is null;
create index ticket_sla_due_idx on ticket (sla_due_at) where sla_due_at is not null;
create index ticket_customer_created_idx on ticket (customer_id, created_at desc);
create index ticket_updated_idx on ticket (updated_at desc);
create index ticket_repeat_of_idx on ticket (repeat_of_id) where repeat_of_id is not null;
create index ticket_merged_into_idx on ticket (merged_into_id) where merged_into_id is not null;
create index ticket_split_from_idx on ticket (split_from_id) where split_from_id is not null;
create index ticket_follow_up_of_idx on ticket (follow_up_of_id) where follow_up_of_id is not null;
create index ticket_tags_idx on ticket using gin (tags);

-- Which version of the ticket each history line produced: lets a conflict say what changed since.
alter table ticket_event add column ticket_version bigint;

-- Every stretch of time the SLA clock stood still (pending, resolved, closed).
create table ticket_pause (
    id          bigserial primary key,
    ticket_id   uuid        not null references ticket (id),
    status      varchar(16) not null,
    reason      varchar(24),
    started_at  timestamptz not null,
    ended_at    timestamptz,
    check (ended_at is null or ended_at >= started_at)
);
create index ticket_pause_ticket_idx on ticket_pause (ticket_id, started_at);

-- Escalations to management, with the reason; never deleted.
create table ticket_escalation (
    id            bigserial primary key,
    ticket_id     uuid         not null references ticket (id),
    level         varchar(24)  not null,
    reason        text         not null,
    escalated_by  varchar(100) not null,
    escalated_at  timestamptz  not null
);
create index ticket_escalation_ticket_idx on ticket_escalation (ticket_id);
create trigger ticket_escalation_append_only
    before update or delete on ticket_escalation
    for each row execute function forbid_history_change();
