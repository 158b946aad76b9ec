-- Searches people keep to run again: the words, the filters as the search page's query string
-- (q and sort left out), the order; shared ones are listed for everyone who may search.
create table saved_search (
    id          uuid         primary key,
    owner       varchar(100) not null,
    name        varchar(100) not null,
    query       varchar(1000) not null default '',
    filters     varchar(4000) not null default '',
    sort        varchar(16)  check (sort in ('relevance', 'newest', 'oldest')),
    shared      boolean      not null default false,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
-- One name per owner, whatever its case.
create unique index saved_search_owner_name_uq on saved_search (owner, lower(name));
create index saved_search_shared_idx on saved_search (shared) where shared;

-- Exports of search results run in the background for the search page. The finished file is kept in
-- the row (not on one instance's disk), so any app instance can show the progress and serve the
-- download; rows are removed after a day (ExportJobs). heartbeat_at tells a job left by a dead instance.
create table search_export (
    id            uuid         primary key,
    owner         varchar(100) not null,
    format        varchar(8)   not null check (format in ('CSV', 'XLSX')),
    search        varchar(6000) not null,
    status        varchar(16)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total         bigint       not null,
    planned       bigint       not null,
    rows_done     bigint       not null default 0,
    truncated     boolean      not null,
    content       bytea,
    created_at    timestamptz  not null,
    heartbeat_at  timestamptz  not null,
    finished_at   timestamptz
);
create index search_export_created_idx on search_export (created_at);
