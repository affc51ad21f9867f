package tandem.samples.internal;

import static tandem.samples.internal.SampleIds.id;
import static tandem.samples.internal.SampleIds.named;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.campaign.model.Campaign;
import tandem.core.model.Queue;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Delivery;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;

/**
 * The training for spring: a classroom course for the Spring Upgrade, an e-learning module for the giveaway and a
 * huddle before the flash sale, with the knowledge items agents learn.
 * <p>
 * Deliberately late: the last Spring Upgrade session, the one for technical support, is the day after the email
 * blast starts the campaign.
 */
final class SpringTraining {

    final TrainingPlan plan;

    SpringTraining(MeadowlarkSetup setup, SpringCalendar spring) {
        TrainingFactory factory = TrainingFactory.eINSTANCE;
        plan = named(factory.createTrainingPlan(), "spring-2027", "Spring 2027 training");
        plan.setDescription("What agents learn before the spring campaigns reach customers.");

        KnowledgeItem upgradeScript = knowledge("spring-upgrade-script", "Spring Upgrade offer script",
                KnowledgeKind.SCRIPT, spring.springUpgrade);
        upgradeScript.setText("Half price on the new Meadow X with any 24-month 5G plan. Check the customer's"
                + " contract end date first; a trade-in is optional and credited on the next bill.");
        KnowledgeItem earbudsFaq = knowledge("earbuds-faq", "Who gets the free earbuds?", KnowledgeKind.FAQ,
                spring.giveaway);
        earbudsFaq.setQuestion("Who gets the free earbuds?");
        earbudsFaq.setAnswer("Every account that renews its plan between 26 April and 15 May, one pair per account,"
                + " while stocks last. They ship within ten days.");
        KnowledgeItem flashSaleAid = knowledge("flash-sale-aid", "Flash sale: what is included", KnowledgeKind.JOB_AID,
                spring.flashSale);
        flashSaleAid.setText("30% off cases, chargers, screen protectors and earbuds; not phones or plans.");

        Course upgrade = course("spring-upgrade-course", "Spring Upgrade: offer, trade-in and 5G plans", 90,
                Delivery.CLASSROOM, spring.springUpgrade, upgradeScript);
        upgrade.setObjective("Agents explain the offer, check eligibility and book the upgrade in one call.");
        Audience salesAgents = audience(upgrade, "spring-upgrade-sales", setup.sales, 40);
        Audience techAgents = audience(upgrade, "spring-upgrade-tech", setup.technicalSupport, 24);
        session(upgrade, "spring-upgrade-1", LocalDate.of(2027, 3, 9), 20, salesAgents, "Lena Ortiz");
        session(upgrade, "spring-upgrade-2", LocalDate.of(2027, 3, 11), 20, salesAgents, "Lena Ortiz");
        session(upgrade, "spring-upgrade-3", SpringCalendar.SPRING_UPGRADE_LAUNCH.plusDays(1), 24, techAgents,
                "Lena Ortiz");

        Course earbuds = course("earbuds-course", "Earbuds Giveaway: eligibility and shipping", 30,
                Delivery.ELEARNING, spring.giveaway, earbudsFaq);
        earbuds.setObjective("Agents tell renewing customers whether they get earbuds and when they ship.");
        audience(earbuds, "earbuds-general", setup.general, 50);
        audience(earbuds, "earbuds-billing", setup.billing, 20);
        session(earbuds, "earbuds-module", SpringCalendar.GIVEAWAY_LAUNCH.minusDays(7), 100, null, "e-learning");

        Course flash = course("flash-sale-huddle", "Easter Flash Sale huddle", 15, Delivery.HUDDLE,
                spring.flashSale, flashSaleAid);
        flash.setObjective("Agents know what the flash sale includes before the text goes out.");
        audience(flash, "flash-sale-sales", setup.sales, 40);
        audience(flash, "flash-sale-tech", setup.technicalSupport, 24);
        session(flash, "flash-sale-huddle", SpringCalendar.FLASH_SALE_LAUNCH.minusDays(2), 70, null, "Team leads");
    }

    private KnowledgeItem knowledge(String slug, String name, KnowledgeKind kind, Campaign campaign) {
        KnowledgeItem item = named(TrainingFactory.eINSTANCE.createKnowledgeItem(), slug, name);
        item.setKind(kind);
        item.setOwner("Customer service enablement");
        item.setVersion("1.0");
        item.setApprovalDate(LocalDate.of(2027, 2, 26));
        item.getCampaigns().add(campaign);
        plan.getKnowledgeItems().add(item);
        return item;
    }

    private Course course(String slug, String name, int minutes, Delivery delivery, Campaign campaign,
            KnowledgeItem teaches) {
        Course course = named(TrainingFactory.eINSTANCE.createCourse(), slug, name);
        course.setDurationMinutes(minutes);
        course.setDelivery(delivery);
        course.getPreparesFor().add(campaign);
        course.getTeaches().add(teaches);
        plan.getCourses().add(course);
        return course;
    }

    private static Audience audience(Course course, String slug, Queue queue, int headcount) {
        Audience audience = id(TrainingFactory.eINSTANCE.createAudience(), slug);
        audience.setQueue(queue);
        audience.setHeadcount(headcount);
        audience.setStatus(CompletionStatus.SCHEDULED);
        course.getAudiences().add(audience);
        return audience;
    }

    private static void session(Course course, String slug, LocalDate date, int capacity, Audience keptFor,
            String trainer) {
        Session session = id(TrainingFactory.eINSTANCE.createSession(), slug);
        session.setDate(date);
        session.setStartTime(LocalTime.of(8, 0));
        session.setLengthMinutes(course.getDurationMinutes());
        session.setCapacity(capacity);
        session.setAudience(keptFor);
        session.setTrainer(trainer);
        course.getSessions().add(session);
    }
}
