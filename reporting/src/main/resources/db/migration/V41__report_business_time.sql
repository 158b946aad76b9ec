-- Reporting: business time in SQL, so business-hours KPIs stay set-based. The same rule as
-- org.helpdesk.sla.BusinessCalendar#between: the calendar's weekly opening hours in its time zone,
-- minus holidays; daylight-saving days have 23 or 25 real hours. Null in, null out.
create function report_business_seconds(calendar uuid, from_at timestamptz, to_at timestamptz)
    returns numeric
    language sql stable strict parallel safe
as $$
    select coalesce(sum(extract(epoch from least(to_at, s.closes) - greatest(from_at, s.opens))), 0)
      from business_calendar c
     cross join lateral generate_series(
               ((from_at at time zone c.time_zone)::date - 1)::timestamp,
               ((to_at at time zone c.time_zone)::date)::timestamp,
               interval '1 day') as d(day)
      join business_hours h on h.calendar_id = c.id and h.day_of_week = extract(isodow from d.day)
     cross join lateral (
               select (d.day + make_interval(mins => h.opens_minute)) at time zone c.time_zone as opens,
                      (d.day + make_interval(mins => h.closes_minute)) at time zone c.time_zone as closes) s
     where c.id = calendar
       and to_at > from_at
       and not exists (select 1 from holiday x where x.calendar_id = c.id and x.day = d.day::date)
       and least(to_at, s.closes) > greatest(from_at, s.opens)
$$;

-- The business time a ticket spent waiting (status PENDING) between two instants.
create function report_pending_business_seconds(ticket uuid, calendar uuid, from_at timestamptz, to_at timestamptz)
    returns numeric
    language sql stable strict parallel safe
as $$
    select coalesce(sum(report_business_seconds(
               calendar, greatest(p.started_at, from_at), least(coalesce(p.ended_at, to_at), to_at))), 0)
      from ticket_pause p
     where p.ticket_id = ticket
       and p.status = 'PENDING'
       and p.started_at < to_at
       and coalesce(p.ended_at, to_at) > from_at
$$;

-- Period scans for the KPIs measured on resolution and on first response (created_at has its index).
-- Reporting only reads the ticket table; these indexes are its access paths, named report_*.
create index if not exists report_ticket_resolved_at_idx on ticket (resolved_at)
    where resolved_at is not null and merged_into_id is null;
create index if not exists report_ticket_first_response_at_idx on ticket (first_response_at)
    where first_response_at is not null and merged_into_id is null;
