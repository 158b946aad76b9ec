-- Reporting: per-ticket business-hours durations, computed in the background so that business-hours KPIs over
-- a million tickets need no calendar arithmetic at query time. A row is used only while it is fresh: computed for
-- the ticket's current version, with the calendar the ticket uses now, as that calendar is defined now
-- (its signature). Otherwise the report computes the value on the spot, so figures are exact either way.

-- What a calendar is, as one hash: time zone, weekly hours, holidays. Changes whenever an administrator edits it.
create view report_calendar_signature as
select c.id as calendar_id,
       md5(c.time_zone
           || '|' || coalesce((select string_agg(h.day_of_week || ':' || h.opens_minute || '-' || h.closes_minute, ','
                                                 order by h.day_of_week, h.opens_minute)
                                 from business_hours h where h.calendar_id = c.id), '')
           || '|' || coalesce((select string_agg(x.day::text, ',' order by x.day)
                                 from holiday x where x.calendar_id = c.id), '')) as signature
  from business_calendar c;

create table report_ticket_time (
    ticket_id                        uuid        primary key,
    ticket_version                   bigint      not null,
    calendar_id                      uuid        not null,
    calendar_signature               char(32)    not null,
    first_response_business_seconds  numeric,
    resolution_business_seconds      numeric,
    computed_at                      timestamptz not null
);

-- Where the background refresh got to: tickets changed since the watermark, and the calendars it last saw.
create table report_refresh (
    name       varchar(64) primary key,
    watermark  timestamptz,
    calendars  varchar(64)
);
