-- SLA: business-hours calendars with holidays, and targets per priority (optionally per category).
create table business_calendar (
    id          uuid primary key,
    name        varchar(100) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamptz  not null
);
create unique index business_calendar_name_uq on business_calendar (lower(name));

-- Opening hours as minutes since local midnight (0..1440), so "around the clock" is 0..1440.
create table business_hours (
    calendar_id   uuid     not null references business_calendar (id),
    day_of_week   smallint not null check (day_of_week between 1 and 7),
    opens_minute  smallint not null check (opens_minute between 0 and 1439),
    closes_minute smallint not null check (closes_minute between 1 and 1440),
    primary key (calendar_id, day_of_week, opens_minute),
    check (closes_minute > opens_minute)
);

create table holiday (
    calendar_id  uuid         not null references business_calendar (id),
    day          date         not null,
    name         varchar(100) not null,
    primary key (calendar_id, day)
);

create table sla_policy (
    id                      uuid primary key,
    name                    varchar(100) not null,
    priority                varchar(16)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    category_id             uuid references category (id),
    calendar_id             uuid         not null references business_calendar (id),
    first_response_minutes  int          not null check (first_response_minutes > 0),
    resolution_minutes      int          not null check (resolution_minutes > 0),
    active                  boolean      not null default true,
    created_at              timestamptz  not null
);
-- One active policy per priority and category (a null category is the priority's default).
create unique index sla_policy_scope_uq on sla_policy (priority, coalesce(category_id, '00000000-0000-0000-0000-000000000000'))
    where active;

-- Defaults from the KPI table: every ticket resolved within 24 h, first answers sooner the more urgent.
insert into business_calendar (id, name, time_zone, created_at)
values ('5e1a0000-0000-4000-8000-000000000001', 'Around the clock', 'UTC', now());
insert into business_hours (calendar_id, day_of_week, opens_minute, closes_minute)
select '5e1a0000-0000-4000-8000-000000000001', d, 0, 1440 from generate_series(1, 7) d;
insert into sla_policy (id, name, priority, calendar_id, first_response_minutes, resolution_minutes, created_at)
values ('5e1a0000-0000-4000-8000-000000000011', 'Urgent', 'URGENT', '5e1a0000-0000-4000-8000-000000000001', 60, 1440, now()),
       ('5e1a0000-0000-4000-8000-000000000012', 'High', 'HIGH', '5e1a0000-0000-4000-8000-000000000001', 120, 1440, now()),
       ('5e1a0000-0000-4000-8000-000000000013', 'Normal', 'NORMAL', '5e1a0000-0000-4000-8000-000000000001', 240, 1440, now()),
       ('5e1a0000-0000-4000-8000-000000000014', 'Low', 'LOW', '5e1a0000-0000-4000-8000-000000000001', 480, 1440, now());
