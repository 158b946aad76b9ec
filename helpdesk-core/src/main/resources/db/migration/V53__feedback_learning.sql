-- Sentiment models trained from the desk's own feedback. At most one is ACTIVE; a CANDIDATE waits for a quality
-- manager to compare it with the active one and switch. The model files are kept zipped in the row.
create table sentiment_model (
    id                uuid primary key,
    version           varchar(100)     not null unique,
    status            varchar(10)      not null check (status in ('CANDIDATE', 'ACTIVE', 'RETIRED')),
    examples          integer          not null,
    label_counts      jsonb            not null,
    cv_macro_f1       double precision not null,
    current_macro_f1  double precision,
    current_version   varchar(100),
    report            text             not null,
    content           bytea            not null,
    trained_by        varchar(100)     not null,
    trained_at        timestamptz      not null,
    activated_by      varchar(100),
    activated_at      timestamptz
);
create unique index sentiment_model_one_active on sentiment_model ((true)) where status = 'ACTIVE';

-- The theme taxonomy as quality managers edit it: every saved version is kept; the newest one is used.
create table theme_taxonomy (
    version     serial primary key,
    taxonomy    jsonb        not null,
    note        varchar(500),
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null
);

-- Analysing everything again after the model or the taxonomy changed: one job at a time, walking the items in
-- (received_at, id) order so it can resume where it stopped.
create table feedback_reanalysis (
    id                  uuid primary key,
    reason              varchar(200) not null,
    requested_by        varchar(100) not null,
    requested_at        timestamptz  not null,
    total               integer      not null,
    done                integer      not null default 0,
    cursor_received_at  timestamptz,
    cursor_id           uuid,
    status              varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    finished_at         timestamptz,
    error               text
);
create unique index feedback_reanalysis_one_running on feedback_reanalysis ((true)) where status = 'RUNNING';
create index feedback_item_walk on feedback_item (received_at, id);

-- A quality manager's correction of the themes of an item: wins over the analyzer's themes, survives re-analysis,
-- and becomes theme training labels.
alter table feedback_item
    add column corrected_themes     jsonb,
    add column themes_corrected_by  varchar(100),
    add column themes_corrected_at  timestamptz;
