-- Each person may pick the time zone their pages show times in; null means the organisation's zone.
alter table user_account add column time_zone varchar(64);
