-- Customer profile for the agent workspace: how to reach them, their language, who they are.
alter table customer
    add column phone    varchar(40),
    add column language varchar(8),
    add column company  varchar(200),
    add column segment  varchar(40);

-- Quick lookup by the beginning of an e-mail address, a name or a phone number.
create index customer_email_prefix_idx on customer (lower(email) text_pattern_ops);
create index customer_name_prefix_idx on customer (lower(name) text_pattern_ops);
create index customer_phone_idx on customer (phone);
