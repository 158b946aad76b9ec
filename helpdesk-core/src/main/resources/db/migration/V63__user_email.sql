-- The e-mail address of a person, as single sign-on reports it (the identity provider owns it; local accounts
-- have none until an administrator's tooling sets one).
alter table user_account add column email varchar(320);
