package org.helpdesk.analysis;

import java.util.ArrayList;
import java.util.List;

/** Feedback written for these tests: named customers, in the three languages. */
final class FeedbackFixtures {

    private FeedbackFixtures() {}

    /** Olga, a Moscow bank customer, writes in Russian. */
    static final String OLGA_PRAISES_THE_OPERATOR =
            "Спасибо большое оператору, всё решили за пять минут, очень довольна!";

    static final String OLGA_COMPLAINS_ABOUT_THE_APP =
            "Приложение опять не работает, деньги списали дважды, ужасный сервис";
    static final String OLGA_ASKS_ABOUT_HOURS = "Во сколько открывается отделение на Тверской в субботу?";
    static final String OLGA_DID_NOT_LIKE_IT = "Мне не понравилось, как со мной разговаривали";
    static final String OLGA_MIXED_DELIVERY_AND_COURIER = "Доставка опоздала на неделю, но курьер был очень вежливый.";

    /** Georgi from Sofia writes in Bulgarian. */
    static final String GEORGI_LOVES_THE_FILM = "Страхотен филм, много ми хареса! Препоръчвам на всички.";

    static final String GEORGI_IS_BORED = "Скучен и безсмислен филм, пълна загуба на време.";
    static final String GEORGI_NOT_GOOD = "Не е добре, звукът в залата беше ужасен";
    static final String GEORGI_ASKS_ABOUT_TICKETS = "Колко струват билетите за прожекцията в петък?";

    /** Emma flies a lot and tweets in English. */
    static final String EMMA_THANKS_THE_CREW = "@skyair thank you for the amazing crew today, best flight ever! 😍";

    static final String EMMA_STUCK_ON_HOLD = "@skyair 3 hours on hold and still no answer. Worst customer service!!!";
    static final String EMMA_NOT_GOOD = "The new seats are not good at all";
    static final String EMMA_ASKS_ABOUT_BAGGAGE = "@skyair what is the baggage allowance for flights to Denver?";

    /** A small labelled English set: enough (over 30 texts) to train a model in a test. */
    static List<TrainingExample> englishTrainingSet() {
        String[] positive = {
            "great service thank you",
            "the agent was lovely and helpful",
            "fast refund, very happy",
            "love this airline",
            "excellent crew and a smooth flight",
            "thanks for the quick answer",
            "amazing support, problem solved",
            "friendly staff, on time",
            "best trip ever",
            "very good experience",
            "wonderful food and kind crew",
            "quick and easy booking, thanks",
            "happy with the upgrade",
            "nice job, well done"
        };
        String[] negative = {
            "terrible service, nobody answers",
            "lost my bag again",
            "flight delayed for five hours",
            "rude agent and no refund",
            "worst airline ever",
            "cancelled without notice",
            "still waiting for my refund",
            "the app crashed during payment",
            "on hold for two hours",
            "dirty seats and cold food",
            "never flying again",
            "awful customer service",
            "they charged me twice",
            "missed my connection because of the delay"
        };
        String[] neutral = {
            "what time does boarding start",
            "i need to change my seat",
            "is wifi available on board",
            "please send me the receipt",
            "my flight is tomorrow morning",
            "how do i add a bag",
            "flying to denver next week",
            "can i bring my dog",
            "where is the check in desk",
            "booking reference attached",
            "do you fly to boston",
            "what is the baggage allowance",
            "i changed my email address",
            "when does the sale start"
        };
        List<TrainingExample> out = new ArrayList<>();
        for (String t : positive) {
            out.add(TrainingExample.sentiment(t, SentimentLabel.POSITIVE));
        }
        for (String t : negative) {
            out.add(TrainingExample.sentiment(t, SentimentLabel.NEGATIVE));
        }
        for (String t : neutral) {
            out.add(TrainingExample.sentiment(t, SentimentLabel.NEUTRAL));
        }
        return out;
    }

    /** Complaints labelled with their reason, for theme training. */
    static List<TrainingExample> englishComplaintReasons() {
        String[][] byReason = {
            {
                "lost_luggage",
                "lost my bag",
                "my suitcase never arrived",
                "luggage missing for days",
                "where is my baggage",
                "bag did not make it to the carousel",
                "they lost our luggage again",
                "still no sign of my suitcase",
                "baggage claim says my bag is lost",
                "missing bag after connection",
                "lost luggage and no updates",
                "my bags went to another city",
                "suitcase lost on the way home"
            },
            {
                "late_flight",
                "flight delayed four hours",
                "late again",
                "delayed departure and no info",
                "we landed two hours late",
                "the plane left very late",
                "another delay today",
                "delay after delay",
                "flight is late every week",
                "sat at the gate for hours, delayed",
                "late arrival ruined my meeting",
                "delayed due to crew",
                "three hour delay"
            },
            {
                "customer_service",
                "nobody answers the phone",
                "on hold forever",
                "the agent was rude",
                "no reply to my emails",
                "customer service hung up",
                "support is useless",
                "waited an hour for an agent",
                "rude staff at the desk",
                "no one helps",
                "the call center ignored me",
                "terrible customer service",
                "agent gave wrong information"
            }
        };
        List<TrainingExample> out = new ArrayList<>();
        for (String[] reason : byReason) {
            for (int i = 1; i < reason.length; i++) {
                out.add(new TrainingExample(reason[i], SentimentLabel.NEGATIVE, reason[0]));
            }
        }
        return out;
    }
}
