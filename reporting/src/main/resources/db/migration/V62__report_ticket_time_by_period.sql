-- Reporting: the precomputed business-hours durations found by period, not by ticket. Each row keeps the ticket's
-- first response and resolution instants as of the version it was computed for, so a report reads only the rows
-- of its period through these covering indexes instead of probing the whole table once per ticket. A fresh row
-- (same ticket version) always has the ticket's instants, so restricting by them never loses a fresh row; a row
-- left out is computed on the spot as before.
alter table report_ticket_time
    add column first_response_at timestamptz,
    add column resolved_at       timestamptz;

update report_ticket_time rt
   set first_response_at = t.first_response_at,
       resolved_at       = t.resolved_at
  from ticket t
 where t.id = rt.ticket_id
   and t.version = rt.ticket_version;

create index report_ticket_time_first_response_idx on report_ticket_time (first_response_at)
    include (ticket_id, ticket_version, calendar_id, calendar_signature, first_response_business_seconds)
    where first_response_at is not null;
create index report_ticket_time_resolved_idx on report_ticket_time (resolved_at)
    include (ticket_id, ticket_version, calendar_id, calendar_signature, resolution_business_seconds)
    where resolved_at is not null;

-- The backlog: tickets open now are few but spread over years of the table; this partial index lists them by
-- creation with the columns reports filter and break down by, so backlog counts read no table pages.
create index if not exists report_ticket_active_idx on ticket (created_at)
    include (team_id, assignee_id, product_id, category_id, channel, language, priority, type)
    where status in ('NEW', 'OPEN', 'PENDING') and merged_into_id is null;

-- Churn: which customers had a ticket in a span, read from the index alone.
create index if not exists report_ticket_created_customer_idx on ticket (created_at) include (customer_id)
    where merged_into_id is null;
