-- Full reindexes of the search index: one row per run. While a run is RUNNING the outbox indexer
-- also writes every change into its target index, so the backfill cannot miss a concurrent change.
create table search_reindex (
    id            bigserial primary key,
    source_index  varchar(255),
    target_index  varchar(255) not null,
    status        varchar(16)  not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    total         bigint       not null default 0,
    processed     bigint       not null default 0,
    started_at    timestamptz  not null,
    finished_at   timestamptz,
    heartbeat_at  timestamptz  not null,
    started_by    varchar(100) not null,
    error         text
);
-- At most one reindex at a time, across all app instances.
create unique index search_reindex_one_running on search_reindex (status) where status = 'RUNNING';
