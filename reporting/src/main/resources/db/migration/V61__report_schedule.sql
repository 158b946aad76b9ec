-- Reports mailed on a schedule: what to compute (the report page's parameters), when (weekly on a day of the week,
-- or monthly on a day of the month, at a local time of the schedule's time zone), to whom and in which files.
-- next_run_at is claimed with FOR UPDATE SKIP LOCKED, so each run happens once however many instances run.
create table report_schedule (
    id            uuid primary key,
    name          varchar(200)  not null,
    owner         varchar(200)  not null,
    kpis          varchar(64)[] not null,
    period_type   varchar(8)    not null check (period_type in ('DAY', 'WEEK', 'MONTH', 'QUARTER')),
    trend         varchar(8)    check (trend in ('DAY', 'WEEK', 'MONTH', 'QUARTER')),
    breakdown     varchar(32),
    filter        jsonb         not null,
    frequency     varchar(8)    not null check (frequency in ('WEEKLY', 'MONTHLY')),
    day_of_week   smallint      check (day_of_week between 1 and 7),
    day_of_month  smallint      check (day_of_month between 1 and 31),
    time_of_day   time          not null,
    zone          varchar(64)   not null,
    recipients    text[]        not null check (cardinality(recipients) between 1 and 50),
    formats       varchar(4)[]  not null check (cardinality(formats) between 1 and 3),
    language      varchar(2)    not null check (language in ('en', 'ru', 'bg')),
    next_run_at   timestamptz   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    check ((frequency = 'WEEKLY') = (day_of_week is not null)),
    check ((frequency = 'MONTHLY') = (day_of_month is not null))
);
create index report_schedule_due on report_schedule (next_run_at);

-- Every run of a schedule, on time or sent by hand: which period, and whether its mails were queued.
create table report_schedule_run (
    id           uuid primary key,
    schedule_id  uuid         not null references report_schedule (id) on delete cascade,
    ran_at       timestamptz  not null,
    trigger      varchar(8)   not null check (trigger in ('SCHEDULE', 'MANUAL')),
    actor        varchar(200) not null,
    period_from  date         not null,
    period_to    date         not null,
    outcome      varchar(8)   not null check (outcome in ('SENT', 'FAILED')),
    mails        int          not null,
    error        text
);
create index report_schedule_run_schedule on report_schedule_run (schedule_id, ran_at desc);
