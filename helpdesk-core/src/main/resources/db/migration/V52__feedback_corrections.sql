-- A quality manager's correction of the analyzer's sentiment: shown and counted instead of the analyzer's label,
-- kept when the item is analysed again, and used as a training label.
alter table feedback_item
    add column corrected_label  varchar(8)   check (corrected_label in ('negative', 'neutral', 'positive')),
    add column corrected_by     varchar(100),
    add column corrected_at     timestamptz,
    add check ((corrected_label is null) = (corrected_by is null));
