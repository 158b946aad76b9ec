package org.helpdesk.generate;

import java.util.List;
import java.util.Map;

/**
 * What generated customers and agents write, in Russian, Bulgarian and English, written for the generator: a
 * telecom and online shop. Placeholders are filled by {@link Product#fill}; sentences are combined, so the same
 * product appears in different inflected forms across tickets.
 */
final class Texts {

    private Texts() {}

    static final List<Product> PRODUCTS = List.of(
            new Product(
                    "mobile app",
                    "мобильное приложение",
                    "мобильного приложения",
                    "мобильное приложение",
                    "мобильном приложении",
                    "мобилно приложение",
                    "мобилното приложение"),
            new Product(
                    "home internet",
                    "домашний интернет",
                    "домашнего интернета",
                    "домашний интернет",
                    "домашнем интернете",
                    "домашен интернет",
                    "домашният интернет"),
            new Product("SIM card", "сим-карта", "сим-карты", "сим-карту", "сим-карте", "СИМ карта", "СИМ картата"),
            new Product("router", "роутер", "роутера", "роутер", "роутере", "рутер", "рутерът"),
            new Product(
                    "TV package",
                    "телевизионный пакет",
                    "телевизионного пакета",
                    "телевизионный пакет",
                    "телевизионном пакете",
                    "телевизионен пакет",
                    "телевизионният пакет"),
            new Product(
                    "online order",
                    "интернет-заказ",
                    "интернет-заказа",
                    "интернет-заказ",
                    "интернет-заказе",
                    "онлайн поръчка",
                    "онлайн поръчката"),
            new Product(
                    "courier delivery",
                    "курьерская доставка",
                    "курьерской доставки",
                    "курьерскую доставку",
                    "курьерской доставке",
                    "куриерска доставка",
                    "куриерската доставка"),
            new Product(
                    "loyalty card",
                    "бонусная карта",
                    "бонусной карты",
                    "бонусную карту",
                    "бонусной карте",
                    "карта за лоялност",
                    "картата за лоялност"),
            new Product(
                    "monthly bill",
                    "ежемесячный счёт",
                    "ежемесячного счёта",
                    "ежемесячный счёт",
                    "ежемесячном счёте",
                    "месечна сметка",
                    "месечната сметка"),
            new Product("smartphone", "смартфон", "смартфона", "смартфон", "смартфоне", "смартфон", "смартфонът"));

    static final List<String> CATEGORIES = List.of(
            "Billing",
            "Delivery",
            "Technical fault",
            "Connection quality",
            "Refund",
            "Account access",
            "Staff behaviour",
            "Contract change",
            "Device repair",
            "Order status",
            "Tariff question",
            "Other");

    static final List<String> TEAMS = List.of(
            "First line",
            "Billing desk",
            "Technical support",
            "Deliveries",
            "Complaints",
            "Retention",
            "Business clients",
            "Social media");

    /** Per language: subjects, opening sentences by ticket type, details, closings. */
    record Language(
            String code,
            List<String> subjects,
            Map<String, List<String>> openings,
            List<String> details,
            List<String> closings,
            List<String> customerFollowUps,
            List<String> agentReplies,
            List<String> notes,
            List<String> praise,
            List<String> neutral,
            List<String> criticism) {}

    static final Language RU = new Language(
            "ru",
            List.of(
                    "Не работает {p}",
                    "Проблема с {pp}",
                    "Жалоба на {pa}",
                    "Вопрос по {pp}",
                    "Верните деньги за {pa}",
                    "Заказ №{n}: нет ответа",
                    "Сбой {pg} уже {d} дня"),
            Map.of(
                    "COMPLAINT",
                            List.of(
                                    "Уже {d} дня не работает {p}, и никто не может объяснить почему.",
                                    "Я крайне недоволен: {p} снова сломался после ремонта.",
                                    "Деньги за {pa} списали дважды, а заказ №{n} так и не пришёл.",
                                    "Оператор бросил трубку, когда я спросил про {pa}.",
                                    "Доставка {pg} задерживается на {d} дней без объяснений."),
                    "QUESTION",
                            List.of(
                                    "Подскажите, пожалуйста, как настроить {pa}?",
                                    "Сколько стоит {p} при переходе на новый тариф?",
                                    "Где посмотреть статус заказа №{n}?",
                                    "Можно ли оплатить {pa} частями?"),
                    "REQUEST",
                            List.of(
                                    "Прошу заменить {pa} по гарантии.",
                                    "Пожалуйста, переоформите {pa} на моё имя.",
                                    "Хочу отключить {pa} с начала следующего месяца.",
                                    "Прошу вернуть деньги за заказ №{n}."),
                    "INCIDENT",
                            List.of(
                                    "С утра пропал {p} во всём доме.",
                                    "При входе в {pa} появляется ошибка и всё зависает.",
                                    "После обновления {pg} не проходят платежи.")),
            List.of(
                    "Перезагрузка не помогла.", "Я уже звонил в поддержку {d} раза.",
                    "Номер договора указан в профиле.", "Скриншот ошибки прикладываю.",
                    "В отделении сказали обращаться сюда.", "Проблема повторяется каждый вечер."),
            List.of("Жду ответа.", "Спасибо.", "Прошу решить как можно скорее.", "Это уже не первый раз!"),
            List.of(
                    "Проблема всё ещё есть, {p} не работает.", "Спасибо, сейчас проверю.",
                    "Когда будет решение по заказу №{n}?", "Всё заработало, спасибо!"),
            List.of(
                    "Здравствуйте! Мы проверили {pa}, мастер приедет завтра.",
                    "Приносим извинения за задержку, заказ №{n} передан курьеру.",
                    "Деньги за {pa} будут возвращены в течение {d} рабочих дней.",
                    "Пожалуйста, перезагрузите {pa} и сообщите, если ошибка повторится."),
            List.of(
                    "Клиент звонил повторно, просит перезвонить.",
                    "Передано во вторую линию.",
                    "Проверил биллинг: двойное списание подтверждено."),
            List.of(
                    "Спасибо, всё решили быстро!",
                    "Очень вежливый оператор, проблему с {pp} решили.",
                    "Отличная поддержка, рекомендую."),
            List.of(
                    "В целом нормально, но пришлось ждать.",
                    "Ответили, но не сразу.",
                    "Решили, хотя и не с первого раза."),
            List.of(
                    "Ужасный сервис, {p} до сих пор не работает.", "Ждал ответа {d} дней, никто не помог.",
                    "Деньги так и не вернули, больше не обращусь.", "Грубый оператор и долгое ожидание."));

    static final Language BG = new Language(
            "bg",
            List.of(
                    "Не работи {pd}",
                    "Проблем с {pd}",
                    "Оплакване за {pd}",
                    "Въпрос за {pb}",
                    "Върнете парите за {pd}",
                    "Поръчка №{n}: няма отговор",
                    "Повреда от {d} дни"),
            Map.of(
                    "COMPLAINT",
                            List.of(
                                    "Вече {d} дни {pd} не работи и никой не обяснява защо.",
                                    "Много съм недоволен: {pd} отново се развали след ремонта.",
                                    "Таксуваха ме два пъти за {pd}, а поръчка №{n} така и не пристигна.",
                                    "Служителят затвори телефона, когато попитах за {pd}.",
                                    "Доставката закъснява с {d} дни без никакво обяснение."),
                    "QUESTION",
                            List.of(
                                    "Как да настроя {pd}?",
                                    "Колко струва {pb} с новия тарифен план?",
                                    "Къде мога да видя статуса на поръчка №{n}?",
                                    "Може ли {pd} да се плати на вноски?"),
                    "REQUEST",
                            List.of(
                                    "Моля, сменете {pd} по гаранция.",
                                    "Моля, прехвърлете {pd} на мое име.",
                                    "Искам да прекратя {pd} от следващия месец.",
                                    "Моля, върнете парите за поръчка №{n}."),
                    "INCIDENT",
                            List.of(
                                    "От сутринта {pd} не работи в целия блок.",
                                    "При вход в {pd} излиза грешка и всичко забива.",
                                    "След обновяването плащанията през {pd} не минават.")),
            List.of(
                    "Рестартирането не помогна.", "Звънях на поддръжката вече {d} пъти.",
                    "Номерът на договора е в профила ми.", "Прилагам снимка на грешката.",
                    "В офиса ми казаха да пиша тук.", "Проблемът се повтаря всяка вечер."),
            List.of("Очаквам отговор.", "Благодаря.", "Моля, решете го възможно най-скоро.", "Това не е за първи път!"),
            List.of(
                    "Проблемът още е налице, {pd} не работи.", "Благодаря, ще проверя сега.",
                    "Кога ще има решение за поръчка №{n}?", "Всичко работи, благодаря!"),
            List.of(
                    "Здравейте! Проверихме {pd}, техник ще дойде утре.",
                    "Извиняваме се за забавянето, поръчка №{n} е предадена на куриер.",
                    "Парите ще бъдат възстановени до {d} работни дни.",
                    "Моля, рестартирайте {pd} и ни пишете, ако грешката се повтори."),
            List.of(
                    "Клиентът се обади отново, иска обратно обаждане.",
                    "Прехвърлено към втора линия.",
                    "Проверих таксуването: двойното плащане е потвърдено."),
            List.of(
                    "Благодаря, решиха всичко бързо!",
                    "Много любезен служител, оправиха {pd}.",
                    "Страхотно обслужване, препоръчвам."),
            List.of(
                    "Като цяло добре, но чаках дълго.",
                    "Отговориха, но не веднага.",
                    "Решиха го, макар и не от първия път."),
            List.of(
                    "Ужасно обслужване, {pd} още не работи.", "Чаках {d} дни и никой не помогна.",
                    "Парите така и не ги върнаха.", "Груб служител и дълго чакане."));

    static final Language EN = new Language(
            "en",
            List.of(
                    "{pe} not working",
                    "Problem with my {pe}",
                    "Complaint about the {pe}",
                    "Question about {pe}",
                    "Refund for order #{n}",
                    "Order #{n}: no answer",
                    "{pe} down for {d} days"),
            Map.of(
                    "COMPLAINT",
                            List.of(
                                    "My {pe} has not worked for {d} days and nobody can tell me why.",
                                    "I am very unhappy: the {pe} broke again right after the repair.",
                                    "I was charged twice for the {pe} and order #{n} never arrived.",
                                    "The agent hung up when I asked about my {pe}.",
                                    "The delivery is {d} days late and nobody explains anything."),
                    "QUESTION",
                            List.of(
                                    "How do I set up the {pe}?",
                                    "How much is the {pe} on the new plan?",
                                    "Where can I see the status of order #{n}?",
                                    "Can I pay for the {pe} in instalments?"),
                    "REQUEST",
                            List.of(
                                    "Please replace my {pe} under warranty.",
                                    "Please transfer the {pe} to my name.",
                                    "I want to cancel the {pe} from next month.",
                                    "Please refund order #{n}."),
                    "INCIDENT",
                            List.of(
                                    "Since this morning the {pe} is down in the whole building.",
                                    "Logging in to the {pe} shows an error and everything freezes.",
                                    "After the update, payments through the {pe} fail.")),
            List.of(
                    "Restarting did not help.", "I have called support {d} times already.",
                    "My contract number is in my profile.", "I attach a screenshot of the error.",
                    "The shop told me to write here.", "It happens every evening."),
            List.of(
                    "Waiting for your answer.",
                    "Thanks.",
                    "Please fix this as soon as possible.",
                    "This is not the first time!"),
            List.of(
                    "Still broken, the {pe} does not work.", "Thanks, I will check now.",
                    "When will order #{n} be sorted out?", "Everything works now, thank you!"),
            List.of(
                    "Hello! We checked your {pe}; an engineer will visit tomorrow.",
                    "Sorry for the delay, order #{n} is now with the courier.",
                    "The refund will reach you within {d} working days.",
                    "Please restart the {pe} and tell us if the error comes back."),
            List.of(
                    "Customer called again, wants a call back.",
                    "Passed to second line.",
                    "Checked billing: double charge confirmed."),
            List.of("Thanks, sorted out quickly!", "Very polite agent, fixed my {pe}.", "Great support, recommended."),
            List.of(
                    "Fine overall, but I had to wait.",
                    "They answered, not right away.",
                    "Solved, though not the first time."),
            List.of(
                    "Terrible service, my {pe} still does not work.", "Waited {d} days and nobody helped.",
                    "Never got my money back.", "Rude agent and a long wait."));

    static final List<Language> LANGUAGES = List.of(RU, BG, EN);

    /** First and last names per language ({@code ru}, {@code bg}, {@code en}), combined for customers and agents. */
    static final Map<String, List<String>> FIRST_NAMES = Map.of(
            "ru",
                    List.of(
                            "Анна", "Иван", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга", "Алексей", "Наталья",
                            "Павел"),
            "bg",
                    List.of(
                            "Мария",
                            "Георги",
                            "Иванка",
                            "Димитър",
                            "Елена",
                            "Николай",
                            "Десислава",
                            "Петър",
                            "Радка",
                            "Стоян"),
            "en", List.of("Emma", "James", "Olivia", "Daniel", "Sophie", "Thomas", "Grace", "Samuel", "Chloe", "Jack"));

    static final Map<String, List<String>> LAST_NAMES = Map.of(
            "ru", List.of("Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков"),
            "bg", List.of("Иванова", "Петров", "Георгиева", "Димитров", "Николова", "Стоянов", "Тодорова", "Попов"),
            "en", List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright"));
}
