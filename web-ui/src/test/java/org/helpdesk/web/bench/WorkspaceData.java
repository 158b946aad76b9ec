package org.helpdesk.web.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk test data for the workspace benchmark, written with set-based SQL the way the ticket feature fills its
 * columns: customers, five teams (the agent in two of them), twenty agents, products and categories, tickets over
 * the last two years with SLA deadlines around now, conversations and history. Adds only what is missing, so a
 * second run reuses the data.
 */
final class WorkspaceData {

    private final JdbcClient jdbc;

    WorkspaceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void fill(int tickets, String agent) {
        int missing = tickets
                - jdbc.sql("select count(*) from ticket").query(Integer.class).single();
        if (missing <= 0) {
            return;
        }
        jdbc.sql("""
                insert into customer (id, email, name, created_at)
                select gen_random_uuid(), 'bench' || g || '@example.com', 'Customer ' || g, now()
                  from generate_series(1, 20000) g
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into team (id, name, created_at)
                select gen_random_uuid(), 'Bench team ' || g, now() from generate_series(1, 5) g
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into product (id, name, created_at)
                select gen_random_uuid(), 'Bench product ' || g, now() from generate_series(1, 20) g
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into category (id, name, created_at)
                select gen_random_uuid(), 'Bench category ' || g, now() from generate_series(1, 12) g
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into user_account (id, username, display_name, roles, created_at)
                select gen_random_uuid(), 'bench.agent' || g, 'Bench agent ' || g, 'AGENT', now()
                  from generate_series(1, 20) g
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into team_member (team_id, user_id, added_at)
                select t.id, u.id, now()
                  from (select id from team where name in ('Bench team 1', 'Bench team 2')) t,
                       (select id from user_account where lower(username) = lower(?)) u
                on conflict do nothing""").param(agent).update();
        jdbc.sql("drop table if exists bench_pick").update();
        jdbc.sql("""
                create temporary table bench_pick as
                select (select array_agg(id) from customer where email like 'bench%') as customers,
                       (select array_agg(id) from team where name like 'Bench team %') as teams,
                       (select array_agg(id) from product where name like 'Bench product %') as products,
                       (select array_agg(id) from category where name like 'Bench category %') as categories,
                       (select array_agg(id order by username) from user_account
                         where username like 'bench.agent%' or lower(username) = lower(?)) as agents,
                       (select array_agg(id) from sla_policy) as policies""").param(agent).update();
        // One in ten tickets is still being worked on; their next SLA deadline lies between two days ago and
        // five days ahead, so the breach view has both breached and soon-due tickets. A seventh are unassigned.
        jdbc.sql("""
                insert into ticket (id, subject, description, customer_id, priority, status, created_by, created_at,
                                    updated_at, version, channel, type, team_id, assignee_id, product_id, category_id,
                                    sla_policy_id, first_response_due, resolution_due, sla_due_at, first_response_at,
                                    resolved_at, closed_at, agent_reply_count, reopen_count, escalated,
                                    first_response_breached, resolution_breached, language, tags)
                select gen_random_uuid(),
                       (array['Parcel has not arrived', 'Посылка не пришла', 'Пратката не е пристигнала',
                              'Refund not received', 'Долго ждём возврат', 'Грубо отношение на служител'])[1 + g % 6]
                         || ' #' || g,
                       'Generated for the workspace benchmark.', p.customers[1 + ((g::bigint * 7919) % 20000)::int],
                       (array['LOW','NORMAL','HIGH','URGENT'])[1 + g % 4],
                       case when r.active then (array['NEW','OPEN','PENDING'])[1 + g % 3]
                            else (case when g % 3 = 0 then 'CLOSED' else 'RESOLVED' end) end,
                       'bench', r.created, r.created + interval '1 hour', 1,
                       (array['EMAIL','PHONE','WEB','CHAT','SOCIAL','IN_PERSON'])[1 + g % 6],
                       (array['COMPLAINT','QUESTION','REQUEST','INCIDENT'])[1 + (g / 7) % 4],
                       p.teams[1 + g % 5],
                       case when g % 7 = 0 then null else p.agents[1 + g % 21] end,
                       p.products[1 + g % 20], p.categories[1 + g % 12], p.policies[1 + g % array_length(p.policies, 1)],
                       r.created + interval '4 hours', r.created + interval '24 hours',
                       case when r.active then now() + make_interval(mins => (g * 37) % 10080 - 2880) end,
                       case when g % 5 <> 0 then r.created + make_interval(mins => 5 + (g * 37) % 600) end,
                       case when not r.active then r.created + make_interval(mins => 30 + (g * 131) % 4000) end,
                       case when not r.active and g % 3 = 0 then r.created + interval '6 days' end,
                       1 + g % 3, case when g % 17 = 0 then 1 else 0 end, g % 23 = 0, g % 11 = 0, g % 13 = 0,
                       (array['en','ru','bg'])[1 + g % 3],
                       case when g % 9 = 0 then array['vip'] else '{}' end
                  from generate_series(1, ?) g, bench_pick p,
                       lateral (select case when g % 10 = 0 then now() - make_interval(hours => g % 72)
                                            else now() - make_interval(mins => (g::bigint * 97 % 1051200)::int) end
                                         as created,
                                       g % 10 = 0 as active) r""").param(missing).update();
        // A conversation of three to eight messages on every fiftieth ticket, two on the rest of a tenth.
        jdbc.sql("""
                insert into ticket_message (id, ticket_id, visibility, author_type, author, body, created_at)
                select gen_random_uuid(), t.id, case when m % 4 = 3 then 'INTERNAL' else 'PUBLIC' end,
                       case when m % 2 = 0 then 'CUSTOMER' else 'AGENT' end, 'bench',
                       repeat('Message text for the benchmark. ', 8), t.created_at + make_interval(mins => m * 17)
                  from ticket t, generate_series(0, 7) m
                 where t.created_by = 'bench' and t.number % 10 = 0
                   and m < case when t.number % 50 = 0 then 3 + t.number % 6 else 2 end""").update();
        jdbc.sql("""
                insert into ticket_event (ticket_id, type, actor, occurred_at, data, ticket_version)
                select t.id, 'CREATED', 'bench', t.created_at, jsonb_build_object('subject', t.subject), 1
                  from ticket t
                 where t.created_by = 'bench'
                   and not exists (select 1 from ticket_event e where e.ticket_id = t.id)""").update();
        jdbc.sql("analyze").update();
    }
}
