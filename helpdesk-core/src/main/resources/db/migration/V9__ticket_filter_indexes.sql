-- The agent's views filter by any of these; with one index each, PostgreSQL combines them (bitmap AND) so a
-- rare combination over all tickets is found without reading every ticket.
create index ticket_priority_idx on ticket (priority);
create index ticket_channel_idx on ticket (channel);
create index ticket_type_idx on ticket (type);
create index ticket_team_idx on ticket (team_id);
create index ticket_category_idx on ticket (category_id);
create index ticket_product_idx on ticket (product_id);
