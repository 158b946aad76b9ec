package org.helpdesk.demo;

import java.util.List;
import java.util.Map;

/**
 * What demo customers and agents write, in Russian, Bulgarian and English. Written for this demo: an online
 * shop with its own courier service. Each category has a few stories; {@code %s} in a text is an order number.
 */
final class DemoTexts {

    private DemoTexts() {}

    static final List<String> CATEGORIES = List.of(
            "Late delivery",
            "Damaged goods",
            "Refund",
            "Billing error",
            "Staff behaviour",
            "Website and app",
            "Product question");
    static final List<String> PRODUCTS =
            List.of("Online shop", "Courier delivery", "Loyalty card", "Mobile app", "Gift cards");

    record Story(String subject, String description) {}

    /** Everything written in one language. Names are "Display name|latin-for-e-mail". */
    record Language(
            String code,
            String domain,
            List<String> names,
            Map<String, List<Story>> stories,
            List<String> replies,
            List<String> followUps,
            List<String> escalations,
            List<String> notes) {}

    static final Language RU = new Language(
            "ru",
            "example.ru",
            List.of(
                    "Анна Смирнова|anna.smirnova",
                    "Иван Кузнецов|ivan.kuznetsov",
                    "Мария Попова|maria.popova",
                    "Сергей Васильев|sergey.vasiliev",
                    "Ольга Новикова|olga.novikova",
                    "Дмитрий Морозов|dmitry.morozov",
                    "Елена Волкова|elena.volkova",
                    "Алексей Соколов|alexey.sokolov",
                    "Наталья Лебедева|natalia.lebedeva",
                    "Павел Козлов|pavel.kozlov",
                    "Татьяна Егорова|tatiana.egorova",
                    "Михаил Орлов|mikhail.orlov"),
            Map.of(
                    "Late delivery",
                            List.of(
                                    new Story(
                                            "Заказ %s до сих пор не доставлен",
                                            "Заказ %s должны были привезти в пятницу, но курьер так и не приехал. Трекинг не обновляется уже три дня. Когда будет доставка?"),
                                    new Story(
                                            "Задержка доставки заказа %s",
                                            "Оплатил срочную доставку, а посылка всё ещё на складе. Прошу вернуть доплату за срочность или доставить сегодня."),
                                    new Story(
                                            "Курьер не приехал в назначенное время",
                                            "Ждал курьера с 10 до 14 часов по заказу %s, отпросился с работы, никто не пришёл и не позвонил.")),
                    "Damaged goods",
                            List.of(
                                    new Story(
                                            "Товар пришёл повреждённым",
                                            "В заказе %s чайник с трещиной на корпусе, коробка была помята. Фото могу прислать. Нужна замена."),
                                    new Story(
                                            "Разбитая посуда в заказе %s",
                                            "Из шести тарелок две разбиты. Упаковка явно была недостаточной. Прошу заменить или вернуть деньги.")),
                    "Refund",
                            List.of(
                                    new Story(
                                            "Не вернули деньги за возврат",
                                            "Вернул товар по заказу %s две недели назад, возврат подтверждён, а деньги на карту так и не пришли."),
                                    new Story(
                                            "Возврат средств за отменённый заказ %s",
                                            "Отменил заказ в течение часа после оплаты, но сумма всё ещё заблокирована на карте.")),
                    "Billing error",
                            List.of(
                                    new Story(
                                            "Двойное списание за заказ %s",
                                            "С карты списали оплату дважды за один и тот же заказ. Прошу вернуть лишнее списание."),
                                    new Story(
                                            "Не применилась скидка по карте лояльности",
                                            "При оформлении заказа %s скидка 10%% по карте не применилась, хотя карта активна.")),
                    "Staff behaviour",
                            List.of(
                                    new Story(
                                            "Грубость курьера",
                                            "Курьер по заказу %s разговаривал грубо, бросил коробку у двери и отказался ждать, пока я проверю товар."),
                                    new Story(
                                            "Жалоба на оператора горячей линии",
                                            "Оператор положил трубку, не дослушав мою проблему с заказом %s. Очень неприятно.")),
                    "Website and app",
                            List.of(
                                    new Story(
                                            "Приложение вылетает при оплате",
                                            "При попытке оплатить заказ %s приложение закрывается. Пробовал три раза, переустановил — не помогает."),
                                    new Story(
                                            "Не могу войти в личный кабинет",
                                            "После смены пароля сайт пишет, что учётная запись не найдена. Заказ %s висит неоплаченным.")),
                    "Product question",
                            List.of(
                                    new Story(
                                            "Вопрос о гарантии",
                                            "Какая гарантия на пылесос из заказа %s и где находится ближайший сервисный центр?"),
                                    new Story(
                                            "Совместимость аксессуара",
                                            "Подойдёт ли зарядное устройство из заказа %s к моей модели телефона?"))),
            List.of(
                    "Здравствуйте! Приносим извинения за неудобства. Мы уже разбираемся с вашим заказом и вернёмся с ответом в ближайшее время.",
                    "Добрый день! Спасибо, что написали. Проверили заказ — передали вопрос в службу доставки, ответ будет сегодня.",
                    "Здравствуйте! Оформили возврат средств, деньги поступят на карту в течение 3–5 рабочих дней.",
                    "Добрый день! Мы отправили замену, курьер свяжется с вами накануне доставки.",
                    "Здравствуйте! Уточните, пожалуйста, удобное время доставки и пришлите фото повреждения, если возможно.",
                    "Спасибо за ожидание! Вопрос решён, подробности отправили вам на почту."),
            List.of(
                    "Спасибо, но проблема не решена — деньги так и не пришли.",
                    "Фото прикладываю, удобно завтра после 18:00.",
                    "Курьер опять не приехал, это уже второй раз.",
                    "Спасибо, всё получил, вопрос закрыт."),
            List.of(
                    "Клиент грозит обратиться в Роспотребнадзор.",
                    "Повторная жалоба, клиент требует руководителя.",
                    "Крупный бизнес-клиент, сумма спора выше лимита оператора."),
            List.of(
                    "Позвонил в службу доставки, обещали перезвонить до конца дня.",
                    "Проверил платёж в банке — списание действительно двойное.",
                    "Клиент постоянный, предложить промокод в качестве компенсации."));

    static final Language BG = new Language(
            "bg",
            "example.bg",
            List.of(
                    "Мария Иванова|maria.ivanova",
                    "Георги Петров|georgi.petrov",
                    "Елена Димитрова|elena.dimitrova",
                    "Иван Николов|ivan.nikolov",
                    "Десислава Стоянова|desislava.stoyanova",
                    "Николай Георгиев|nikolay.georgiev",
                    "Петя Христова|petya.hristova",
                    "Стефан Тодоров|stefan.todorov",
                    "Гергана Колева|gergana.koleva",
                    "Димитър Илиев|dimitar.iliev",
                    "Радост Ангелова|radost.angelova",
                    "Васил Маринов|vasil.marinov"),
            Map.of(
                    "Late delivery",
                            List.of(
                                    new Story(
                                            "Поръчка %s още не е доставена",
                                            "Поръчката %s трябваше да пристигне в петък, но куриерът не дойде. Проследяването не се е променяло от три дни."),
                                    new Story(
                                            "Закъсняла пратка %s",
                                            "Платих експресна доставка, а пратката все още е в склада. Моля, върнете доплатата или я доставете днес."),
                                    new Story(
                                            "Куриерът не дойде в уговорения час",
                                            "Чаках куриера от 10 до 14 часа за поръчка %s, излязох в отпуск за това, никой не дойде и не се обади.")),
                    "Damaged goods",
                            List.of(
                                    new Story(
                                            "Стоката пристигна повредена",
                                            "В поръчка %s каната е с пукнатина, кутията беше смачкана. Мога да изпратя снимки. Искам замяна."),
                                    new Story(
                                            "Счупени чинии в поръчка %s",
                                            "От шест чинии две са счупени. Опаковката явно е била недостатъчна. Моля за замяна или връщане на парите.")),
                    "Refund",
                            List.of(
                                    new Story(
                                            "Не са ми върнати парите",
                                            "Върнах стоката по поръчка %s преди две седмици, връщането е потвърдено, а парите още не са постъпили."),
                                    new Story(
                                            "Възстановяване на сума за отказана поръчка %s",
                                            "Отказах поръчката час след плащането, но сумата все още е блокирана по картата ми.")),
                    "Billing error",
                            List.of(
                                    new Story(
                                            "Двойно таксуване за поръчка %s",
                                            "От картата ми са изтеглени два пъти пари за една и съща поръчка. Моля, възстановете излишната сума."),
                                    new Story(
                                            "Не е приложена отстъпката с картата за лоялност",
                                            "При поръчка %s не беше приложена отстъпката от 10%%, въпреки че картата е активна.")),
                    "Staff behaviour",
                            List.of(
                                    new Story(
                                            "Груб куриер",
                                            "Куриерът за поръчка %s беше груб, остави кутията пред вратата и отказа да изчака да проверя стоката."),
                                    new Story(
                                            "Оплакване от служител на телефонната линия",
                                            "Служителят затвори телефона, без да ме изслуша за проблема с поръчка %s.")),
                    "Website and app",
                            List.of(
                                    new Story(
                                            "Приложението се затваря при плащане",
                                            "Когато се опитам да платя поръчка %s, приложението се затваря. Опитах три пъти и го преинсталирах."),
                                    new Story(
                                            "Не мога да вляза в профила си",
                                            "След смяна на паролата сайтът казва, че профилът не съществува. Поръчка %s стои неплатена.")),
                    "Product question",
                            List.of(
                                    new Story(
                                            "Въпрос за гаранцията",
                                            "Каква е гаранцията на прахосмукачката от поръчка %s и къде е най-близкият сервиз?"),
                                    new Story(
                                            "Съвместимост на аксесоар",
                                            "Ще пасне ли зарядното от поръчка %s на моя модел телефон?"))),
            List.of(
                    "Здравейте! Извиняваме се за неудобството. Вече проверяваме поръчката Ви и ще се свържем с Вас възможно най-скоро.",
                    "Добър ден! Благодарим, че ни писахте. Предадохме въпроса на куриерската служба, ще имате отговор днес.",
                    "Здравейте! Възстановихме сумата, парите ще постъпят по картата Ви до 3–5 работни дни.",
                    "Добър ден! Изпратихме Ви нов продукт, куриерът ще се обади ден преди доставката.",
                    "Здравейте! Моля, посочете удобен час за доставка и ни изпратете снимка на повредата, ако е възможно.",
                    "Благодарим за търпението! Въпросът е решен, подробностите са изпратени на имейла Ви."),
            List.of(
                    "Благодаря, но проблемът не е решен — парите още ги няма.",
                    "Прилагам снимки, удобно ми е утре след 18 часа.",
                    "Куриерът пак не дойде, това е за втори път.",
                    "Благодаря, получих всичко, въпросът е приключен."),
            List.of(
                    "Клиентът заплашва да подаде сигнал до Комисията за защита на потребителите.",
                    "Повторно оплакване, клиентът настоява за разговор с ръководител.",
                    "Голям бизнес клиент, сумата надвишава правомощията на служителя."),
            List.of(
                    "Обадих се на куриерите, обещаха да върнат отговор до края на деня.",
                    "Проверих плащането в банката — таксуването наистина е двойно.",
                    "Лоялен клиент, да му предложим код за отстъпка като компенсация."));

    static final Language EN = new Language(
            "en",
            "example.com",
            List.of(
                    "Emily Carter|emily.carter",
                    "James Walker|james.walker",
                    "Olivia Bennett|olivia.bennett",
                    "Daniel Hughes|daniel.hughes",
                    "Sophie Turner|sophie.turner",
                    "Michael Reed|michael.reed",
                    "Grace Collins|grace.collins",
                    "Thomas Wright|thomas.wright",
                    "Hannah Price|hannah.price",
                    "Samuel Brooks|samuel.brooks",
                    "Lucy Foster|lucy.foster",
                    "Oliver Hayes|oliver.hayes"),
            Map.of(
                    "Late delivery",
                            List.of(
                                    new Story(
                                            "Order %s still not delivered",
                                            "Order %s was due on Friday but the courier never came. The tracking page has not changed for three days. When will it arrive?"),
                                    new Story(
                                            "Express delivery of %s is late",
                                            "I paid for express delivery and the parcel is still in the warehouse. Please refund the express fee or deliver it today."),
                                    new Story(
                                            "Courier missed the delivery slot",
                                            "I waited for the courier from 10 to 2 for order %s, took time off work, and nobody came or called.")),
                    "Damaged goods",
                            List.of(
                                    new Story(
                                            "Item arrived damaged",
                                            "The kettle in order %s has a cracked body and the box was crushed. I can send photos. I would like a replacement."),
                                    new Story(
                                            "Broken plates in order %s",
                                            "Two of the six plates arrived broken; the packaging was clearly not enough. Please replace them or refund me.")),
                    "Refund",
                            List.of(
                                    new Story(
                                            "Refund never arrived",
                                            "I returned the items from order %s two weeks ago, the return was confirmed, but the money is still not on my card."),
                                    new Story(
                                            "Refund for cancelled order %s",
                                            "I cancelled within an hour of paying, but the amount is still blocked on my card.")),
                    "Billing error",
                            List.of(
                                    new Story(
                                            "Charged twice for order %s",
                                            "My card was charged twice for the same order. Please refund the extra charge."),
                                    new Story(
                                            "Loyalty discount not applied",
                                            "The 10%% loyalty card discount was not applied to order %s although my card is active.")),
                    "Staff behaviour",
                            List.of(
                                    new Story(
                                            "Rude courier",
                                            "The courier for order %s was rude, dropped the box at the door and would not wait while I checked the goods."),
                                    new Story(
                                            "Complaint about a hotline agent",
                                            "The agent hung up before I could explain the problem with order %s. Very disappointing.")),
                    "Website and app",
                            List.of(
                                    new Story(
                                            "App crashes at checkout",
                                            "When I try to pay for order %s the app closes. I tried three times and reinstalled it."),
                                    new Story(
                                            "Cannot sign in to my account",
                                            "After changing my password the site says my account does not exist. Order %s is waiting to be paid.")),
                    "Product question",
                            List.of(
                                    new Story(
                                            "Warranty question",
                                            "What is the warranty on the vacuum cleaner from order %s, and where is the nearest service centre?"),
                                    new Story(
                                            "Will this charger fit?",
                                            "Will the charger from order %s work with my phone model?"))),
            List.of(
                    "Hello, and sorry for the trouble. We are looking into your order and will get back to you shortly.",
                    "Good afternoon, thank you for writing. We have passed this to our delivery team and will have an answer today.",
                    "Hello, we have issued your refund; it will reach your card within 3–5 business days.",
                    "Hello, a replacement is on its way; the courier will call you the day before delivery.",
                    "Hello, could you tell us a convenient delivery time and send a photo of the damage if possible?",
                    "Thank you for your patience! This is sorted now; the details are in your inbox."),
            List.of(
                    "Thanks, but it is not solved — the money still has not arrived.",
                    "Photos attached; tomorrow after 6 pm suits me.",
                    "The courier did not come again, that is the second time.",
                    "Thank you, I got everything, all good now."),
            List.of(
                    "Customer threatens to report us to the consumer protection agency.",
                    "Repeat complaint; the customer insists on speaking to a manager.",
                    "Large business customer; the disputed amount is above the agent's limit."),
            List.of(
                    "Called the courier depot, they promised an answer by the end of the day.",
                    "Checked the payment with the bank — it really was charged twice.",
                    "Loyal customer; offer a discount code as a goodwill gesture."));

    static final List<Language> ALL = List.of(RU, BG, EN);

    /** Our demo staff: "username|Display name|team". They cannot sign in (no password). */
    static final List<String> STAFF = List.of(
            "ivan.petrov|Ivan Petrov|Complaints",
            "maria.georgieva|Maria Georgieva|Complaints",
            "elena.smirnova|Elena Smirnova|Complaints",
            "dimitar.ivanov|Dimitar Ivanov|Deliveries",
            "sarah.jones|Sarah Jones|Deliveries",
            "peter.nikolov|Peter Nikolov|Deliveries",
            "olga.kuznetsova|Olga Kuznetsova|Billing",
            "john.miller|John Miller|Billing");

    /** Which team works which category. */
    static String teamFor(String category) {
        return switch (category) {
            case "Late delivery", "Damaged goods" -> "Deliveries";
            case "Refund", "Billing error" -> "Billing";
            default -> "Complaints";
        };
    }
}
