-- Brute-force protection for local sign-in: consecutive failures, and until when the account refuses sign-ins.
alter table user_account
    add column failed_sign_ins  int         not null default 0,
    add column locked_until     timestamptz;
