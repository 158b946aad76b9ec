-- Files sent with an outgoing mail (the scheduled reports' PDF, XLSX or CSV), written in the same transaction as
-- their outbox row and sent with it; they go when the mail does.
create table mail_outbox_attachment (
    outbox_id   uuid         not null references mail_outbox (id) on delete cascade,
    position    int          not null,
    file_name   varchar(200) not null,
    media_type  varchar(200) not null,
    content     bytea        not null,
    primary key (outbox_id, position)
);
