-- Search indexes feedback items (index "feedback") and puts the sentiment and themes of a ticket's customer messages
-- on the ticket's document. Every change to an item raises its revision (the external version of its document, and
-- part of its ticket's) and queues the item - and, for a ticket message, its ticket - in the search outbox in the
-- same transaction, whichever code path changed it: recording, import, analysis, re-analysis, corrections.
alter table feedback_item add column revision bigint not null default 0;
create index feedback_item_ticket on feedback_item (ticket_id) where ticket_id is not null;

create function feedback_item_revise() returns trigger language plpgsql as $$
begin
    new.revision := old.revision + 1;
    return new;
end
$$;
create trigger feedback_item_revise before update on feedback_item
    for each row when (old.* is distinct from new.*) execute function feedback_item_revise();

create function feedback_item_enqueue() returns trigger language plpgsql as $$
begin
    insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)
    values ('feedback', new.id, now(), now());
    if tg_op = 'UPDATE' and new.ticket_id is not null and new.source = 'TICKET_MESSAGE' then
        insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)
        values ('ticket', new.ticket_id, now(), now());
    end if;
    return null;
end
$$;
create trigger feedback_item_enqueue_insert after insert on feedback_item
    for each row execute function feedback_item_enqueue();
create trigger feedback_item_enqueue_update after update on feedback_item
    for each row when (old.revision is distinct from new.revision) execute function feedback_item_enqueue();

-- The items stored before this release go into the new index through the outbox.
insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)
select 'feedback', id, now(), now() from feedback_item;

-- A rebuild is of one index: tickets or feedback (one rebuild at a time, as before).
alter table search_reindex add column entity_type varchar(32) not null default 'ticket';
