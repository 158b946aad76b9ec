-- Data for three KPIs (docs/kpi.md): cost per complaint, wait time, and churn with customers marked lost.

-- Work time agents log on a ticket. Never edited; merging a ticket moves its work log with the conversation.
create table ticket_work_log (
    id          uuid primary key,
    ticket_id   uuid         not null references ticket (id),
    agent       varchar(100) not null,
    minutes     integer      not null check (minutes between 1 and 1440),
    logged_at   timestamptz  not null,
    note        varchar(500)
);
create index ticket_work_log_ticket_idx on ticket_work_log (ticket_id, logged_at);
create index ticket_work_log_logged_idx on ticket_work_log (logged_at);

-- What an hour of a team's work costs, in the currency reporting is configured with; null = not known.
alter table team add column hourly_cost numeric(12, 2) check (hourly_cost >= 0);

-- Phone and chat: when the contact entered the queue and when an agent picked it up.
alter table ticket add column queued_at timestamptz;
alter table ticket add column picked_up_at timestamptz;
alter table ticket add constraint ticket_pickup_after_queue
    check (picked_up_at is null or (queued_at is not null and picked_up_at >= queued_at));
create index ticket_queued_idx on ticket (queued_at) where queued_at is not null;

-- A customer the desk considers lost (a local date in the organisation's time zone) and why.
alter table customer add column lost_on date;
alter table customer add column lost_reason varchar(500);
alter table customer add constraint customer_lost_reason check (lost_on is not null or lost_reason is null);
