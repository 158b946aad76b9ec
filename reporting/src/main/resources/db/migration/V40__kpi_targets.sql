-- Reporting: the targets KPIs are judged against. A KPI without a row here uses its default target
-- (org.helpdesk.reporting.Kpi, listed in docs/kpi.md); a row with a null target means "no target".
create table kpi_target (
    kpi              varchar(64)   primary key,
    comparison       varchar(2)    check (comparison in ('GT', 'GE', 'LT', 'LE')),
    target           numeric(14, 4),
    amber_tolerance  numeric(14, 4) check (amber_tolerance >= 0),
    updated_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    check ((target is null) = (comparison is null) and (target is null) = (amber_tolerance is null))
);
