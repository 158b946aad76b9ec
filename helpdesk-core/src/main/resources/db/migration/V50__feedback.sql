-- Satisfaction surveys sent when a ticket is resolved. The link carries a random token; only its
-- SHA-256 is stored, so a leaked database does not leak working links.
create table survey_invitation (
    id           uuid primary key,
    ticket_id    uuid         not null references ticket (id),
    customer_id  uuid         not null references customer (id),
    kind         varchar(8)   not null check (kind in ('CSAT', 'NPS', 'CES')),
    token_hash   varchar(64)  not null unique,
    language     varchar(8)   not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    answered_at  timestamptz
);
create index survey_invitation_ticket on survey_invitation (ticket_id);

-- What customers say: survey answers, imports, API posts. The comment is stored as given; the
-- analysis columns are filled later by the analysis worker (analyzed_at null = still to do).
create table feedback_item (
    id                    uuid primary key,
    source                varchar(16)   not null check (source in ('SURVEY', 'IMPORT', 'API', 'TICKET_MESSAGE')),
    channel               varchar(32),
    kind                  varchar(8)    check (kind in ('CSAT', 'NPS', 'CES')),
    score                 smallint,
    comment               text,
    language              varchar(8),
    product_id            uuid,
    ticket_id             uuid,
    customer_id           uuid,
    agent                 varchar(100),
    received_at           timestamptz   not null,
    external_id           varchar(200),
    content_hash          varchar(64)   not null,
    invitation_id         uuid          unique references survey_invitation (id),
    weak_label            varchar(8),
    sentiment_label       varchar(8),
    sentiment_score       double precision,
    sentiment_confidence  double precision,
    explanation           jsonb,
    keywords              jsonb,
    themes                jsonb,
    analyzed_at           timestamptz,
    analysis_attempts     integer       not null default 0,
    model_version         varchar(100),
    check ((kind is null) = (score is null)),
    check (kind is null
        or (kind = 'CSAT' and score between 1 and 5)
        or (kind = 'NPS' and score between 0 and 10)
        or (kind = 'CES' and score between 1 and 7))
);
-- Re-posting the same item (same source and external id, or same content without an id) stores nothing new.
create unique index feedback_item_external on feedback_item (source, external_id) where external_id is not null;
create unique index feedback_item_content on feedback_item (source, content_hash) where external_id is null and invitation_id is null;
create index feedback_item_to_analyze on feedback_item (received_at) where analyzed_at is null;
create index feedback_item_received on feedback_item (received_at desc);
create index feedback_item_themes on feedback_item using gin (themes jsonb_path_ops);
