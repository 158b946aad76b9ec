-- Channels: e-mail in and out, the public complaint form and the customer status page.

-- Secrets the application makes for itself (status-link signing, mailbox password encryption) when none is
-- configured; kept here so links and stored passwords survive restarts and work on every instance.
create table channel_secret (
    name       text primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);

-- The HTML a customer sent, kept beside the plain text; sanitised whenever it is shown.
alter table ticket add column description_html text;
alter table ticket_message add column body_html text;

-- Mail templates changed by admins; the built-in ones live in the code.
create table mail_template (
    kind       text        not null,
    language   text        not null,
    subject    text        not null,
    body       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null,
    primary key (kind, language)
);

-- Outgoing mail, written in the transaction of what it tells about; a worker sends it and retries until
-- the SMTP server takes it, so an outage delays mail but loses none.
create table mail_outbox (
    id              uuid primary key,
    ticket_id       uuid references ticket (id),
    kind            text        not null,
    sender          text        not null,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    message_id      text        not null unique,
    in_reply_to     text,
    references_ids  text,
    language        text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_ticket_idx on mail_outbox (ticket_id, created_at);

-- Mailboxes the desk polls over IMAP, each feeding one team and category.
create table mailbox (
    id              uuid primary key,
    name            text        not null unique,
    address         text        not null,
    host            text,
    port            int,
    security        text        not null default 'SSL' check (security in ('SSL', 'STARTTLS', 'NONE')),
    username        text,
    password_sealed bytea,
    folder          text        not null default 'INBOX',
    team_id         uuid references team (id),
    category_id     uuid references category (id),
    enabled         boolean     not null default true,
    last_polled_at  timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);

-- Every message that arrived, stored before it is looked at, so none is dropped: what cannot be processed
-- stays here as FAILED for an admin to retry or dismiss.
create table inbound_mail (
    id           uuid primary key,
    mailbox_id   uuid references mailbox (id),
    message_id   text        not null unique,
    sender       text,
    subject      text,
    raw          bytea       not null,
    size_bytes   int         not null,
    received_at  timestamptz not null,
    status       text        not null default 'RECEIVED'
        check (status in ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED', 'DISMISSED')),
    outcome      text,
    error        text,
    attempts     int         not null default 0,
    ticket_id    uuid references ticket (id),
    processed_at timestamptz
);
create index inbound_mail_waiting_idx on inbound_mail (received_at) where status = 'RECEIVED';
create index inbound_mail_status_idx on inbound_mail (status, received_at desc);
create index inbound_mail_sender_idx on inbound_mail (lower(sender), received_at);

-- Message-IDs of a ticket's mail, in and out: a reply names one of them in In-Reply-To or References.
create table mail_thread (
    message_id text primary key,
    ticket_id  uuid        not null references ticket (id),
    created_at timestamptz not null
);
create index mail_thread_ticket_idx on mail_thread (ticket_id);
