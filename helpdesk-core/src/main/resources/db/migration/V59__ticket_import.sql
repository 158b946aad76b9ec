-- Tickets brought over from another helpdesk (an organisation's history). They are recorded as they were, never
-- replayed through the desk: no mails, no SLA clock started now.

-- Where a ticket came from: the desk itself, or an import.
alter table ticket add column source varchar(16) not null default 'DESK' check (source in ('DESK', 'IMPORT'));

-- The first-response SLA outcome the other helpdesk recorded ("responded on time"), for an imported ticket whose
-- response time is not known: true met, false breached (first_response_breached is then true as well), null unknown
-- or not imported. The SLA compliance KPI counts such a ticket with this outcome.
alter table ticket add column imported_first_response_met boolean;

-- Import jobs, the same shape as feedback imports (org.helpdesk.fileimport.ImportJobs).
create table ticket_import (like feedback_import including defaults including constraints);
alter table ticket_import add primary key (id);
create index ticket_import_created on ticket_import (created_at desc);
create index ticket_import_pending on ticket_import (created_at) where status in ('QUEUED', 'RUNNING');

-- Each imported ticket with the row it came from, as it was in the file. The key (the external id, else a hash of
-- the row) is what makes importing the same file again store nothing twice.
create table imported_ticket (
    ticket_id    uuid         primary key references ticket (id),
    import_id    uuid         not null references ticket_import (id),
    line         int          not null,
    import_key   varchar(300) not null,
    original     jsonb        not null,
    imported_at  timestamptz  not null
);
create unique index imported_ticket_key_uq on imported_ticket (import_key);
create index imported_ticket_import_idx on imported_ticket (import_id);
