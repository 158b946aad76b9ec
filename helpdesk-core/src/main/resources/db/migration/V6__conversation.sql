-- The conversation of a ticket: public replies and internal notes, with attachments kept in the database.
create table ticket_message (
    id           uuid primary key,
    ticket_id    uuid         not null references ticket (id),
    visibility   varchar(16)  not null check (visibility in ('PUBLIC', 'INTERNAL')),
    author_type  varchar(16)  not null check (author_type in ('AGENT', 'CUSTOMER', 'SYSTEM')),
    author       varchar(200) not null,
    body         text         not null,
    created_at   timestamptz  not null
);
create index ticket_message_ticket_idx on ticket_message (ticket_id, created_at);

create table ticket_attachment (
    id            uuid primary key,
    ticket_id     uuid         not null references ticket (id),
    message_id    uuid references ticket_message (id),
    filename      varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index ticket_attachment_ticket_idx on ticket_attachment (ticket_id);

-- Canned responses with placeholders such as {{customer.name}}.
create table macro (
    id          uuid primary key,
    name        varchar(100) not null,
    body        text         not null,
    visibility  varchar(16)  not null default 'PUBLIC' check (visibility in ('PUBLIC', 'INTERNAL')),
    set_status  varchar(16) check (set_status in ('OPEN', 'PENDING', 'RESOLVED')),
    active      boolean      not null default true,
    created_at  timestamptz  not null
);
create unique index macro_name_uq on macro (lower(name));
