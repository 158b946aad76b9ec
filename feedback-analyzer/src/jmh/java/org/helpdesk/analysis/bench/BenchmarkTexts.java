package org.helpdesk.analysis.bench;

/** Short feedback texts written for the benchmark, like tweets and survey comments. */
final class BenchmarkTexts {

    private BenchmarkTexts() {}

    static final String[] TEXTS = {
        "@skyair thank you for the amazing crew today, best flight ever!",
        "@skyair 3 hours on hold and still no answer. Worst customer service!!!",
        "My bag never arrived in Denver and nobody answers the phone",
        "What is the baggage allowance for flights to Boston?",
        "The new seats are not good at all, and the wifi did not work :(",
        "Great app, booking took two minutes 👍",
        "Flight delayed again, missed my connection. Refund please.",
        "Friendly staff at the gate but the boarding was chaos",
        "Спасибо большое оператору, всё решили за пять минут!",
        "Приложение опять не работает, деньги списали дважды",
        "Во сколько открывается отделение в субботу?",
        "Мне не понравилось, как со мной разговаривали в отделении",
        "Доставка опоздала на неделю, но курьер был очень вежливый)))",
        "#сбербанк верните деньги, третий день жду ответа",
        "Отличный тариф, интернет летает",
        "Курс валют на сегодня http://example.com/rates",
        "Страхотен филм, много ми хареса! Препоръчвам.",
        "Скучен и безсмислен филм, пълна загуба на време.",
        "Не е добре, звукът в залата беше ужасен",
        "Колко струват билетите за прожекцията в петък?",
        "Доставката закъсня с три дни, а никой не отговаря на телефона",
        "Много любезен персонал, благодаря :)",
        "Става за гледане, но ми беше малко дълъг",
        "Пет звезди са малко за този филм!"
    };
}
