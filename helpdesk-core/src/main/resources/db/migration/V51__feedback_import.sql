-- Imports of reviews and comments from files (CSV, TSV, JSON Lines). The file is kept with the job so that an
-- import interrupted by a restart resumes where it stopped (re-storing a row stores nothing new).
alter table feedback_item add column product_label varchar(200);

create table feedback_import (
    id              uuid primary key,
    file_name       varchar(255) not null,
    format          varchar(8)   not null check (format in ('CSV', 'TSV', 'JSONL')),
    content         bytea        not null,
    columns         jsonb        not null,
    total_rows      int          not null,
    mapping         jsonb,
    status          varchar(16)  not null check (status in ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    processed_rows  int          not null default 0,
    imported        int          not null default 0,
    duplicates      int          not null default 0,
    rejected        int          not null default 0,
    errors          jsonb        not null default '[]',
    failure         text,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    heartbeat_at    timestamptz
);
create index feedback_import_created on feedback_import (created_at desc);
create index feedback_import_pending on feedback_import (created_at) where status in ('QUEUED', 'RUNNING');
