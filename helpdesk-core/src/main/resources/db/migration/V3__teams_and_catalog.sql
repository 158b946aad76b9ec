-- Teams (queues) that agents belong to, and the admin-managed lists tickets are classified by.
create table team (
    id           uuid primary key,
    name         varchar(100) not null,
    description  varchar(500),
    active       boolean      not null default true,
    created_at   timestamptz  not null
);
create unique index team_name_uq on team (lower(name));

create table team_member (
    team_id   uuid        not null references team (id),
    user_id   uuid        not null references user_account (id),
    added_at  timestamptz not null,
    primary key (team_id, user_id)
);
create index team_member_user_idx on team_member (user_id);

create table category (
    id          uuid primary key,
    name        varchar(100) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null
);
create unique index category_name_uq on category (lower(name));

create table product (
    id          uuid primary key,
    name        varchar(100) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null
);
create unique index product_name_uq on product (lower(name));
