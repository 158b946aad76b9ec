-- A theme correction is whole: the themes, who and when, or none of them.
alter table feedback_item
    add constraint feedback_item_theme_correction_whole
        check ((corrected_themes is null) = (themes_corrected_by is null)
           and (themes_corrected_by is null) = (themes_corrected_at is null));
-- The theme filters read the corrected themes where there are any.
create index feedback_item_effective_themes on feedback_item using gin ((coalesce(corrected_themes, themes)) jsonb_path_ops);
