package tandem.excel.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.HoursException;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.goals.model.Direction;
import tandem.goals.model.Frequency;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Menu;
import tandem.ivr.model.MenuOption;
import tandem.ivr.model.Prompt;
import tandem.ivr.model.RetryHandler;
import tandem.ivr.model.Route;
import tandem.ivr.model.Transfer;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPlan;
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
 * A small project of plans that refer to each other: Acme's contact center, its spring campaigns, a staffing plan
 * for billing, a training plan and the IVR script, each in its own file of one folder.
 */
final class SamplePlans {

    final ResourceSet set = PlanDocuments.createResourceSet();
    final Path folder;
    final ContactCenter center;
    final CampaignCalendar calendar;
    final StaffingPlan staffing;
    final TrainingPlan training;
    final IvrScript ivr;
    final GoalSet goals;

    SamplePlans(Path folder) {
        this.folder = folder;
        center = center();
        add(center, "acme.center");
        calendar = calendar();
        add(calendar, "spring.campaigns");
        staffing = staffing();
        add(staffing, "billing.staffing");
        training = training();
        add(training, "spring.training");
        ivr = ivr();
        add(ivr, "main.ivr");
        goals = goals();
        add(goals, "service.goals");
    }

    /** Writes every document to its file. */
    SamplePlans save() throws IOException {
        for (Resource resource : set.getResources()) {
            PlanDocuments.save(resource);
        }
        return this;
    }

    Path file(EObject root) {
        return Path.of(root.eResource().getURI().toFileString());
    }

    Queue queue(String name) {
        return center.getQueues().stream().filter(q -> q.getName().equals(name)).findFirst().orElseThrow();
    }

    private void add(EObject root, String file) {
        Resource resource = set.createResource(URI.createFileURI(folder.resolve(file).toString()));
        resource.getContents().add(root);
    }

    private static ContactCenter center() {
        CoreFactory f = CoreFactory.eINSTANCE;
        ContactCenter center = f.createContactCenter();
        center.setId("center-acme");
        center.setName("Acme");
        center.setOrganisation("Acme Energy");
        center.setTimeZone("Europe/Berlin");
        OpeningHours office = f.createOpeningHours();
        office.setId("hours-office");
        office.setName("Office hours");
        office.setTimeZone("Europe/Berlin");
        for (Weekday day : new Weekday[] {Weekday.MONDAY, Weekday.FRIDAY}) {
            WeeklyHours hours = f.createWeeklyHours();
            hours.setDay(day);
            hours.setOpens(LocalTime.of(8, 0));
            hours.setCloses(LocalTime.of(18, 30));
            office.getWeeklyHours().add(hours);
        }
        HoursException easter = f.createHoursException();
        easter.setDate(LocalDate.of(2026, 4, 6));
        easter.setName("Easter Monday");
        office.getExceptions().add(easter);
        HoursException christmasEve = f.createHoursException();
        christmasEve.setDate(LocalDate.of(2026, 12, 24));
        christmasEve.setName("Christmas Eve");
        christmasEve.setClosed(false);
        christmasEve.setOpens(LocalTime.of(9, 0));
        christmasEve.setCloses(LocalTime.of(12, 0));
        office.getExceptions().add(christmasEve);
        center.getOpeningHours().add(office);
        Queue billing = queue(f, "queue-billing", "Billing", Channel.PHONE, office);
        Queue sales = queue(f, "queue-sales", "Sales", Channel.CHAT, office);
        sales.setLanguage("de");
        center.getQueues().add(billing);
        center.getQueues().add(sales);
        Team team = f.createTeam();
        team.setId("team-blue");
        team.setName("Team Blue");
        team.setHeadcount(12);
        team.setLead("Dana");
        team.getQueues().add(billing);
        team.getQueues().add(sales);
        center.getTeams().add(team);
        return center;
    }

    private static Queue queue(CoreFactory f, String id, String name, Channel channel, OpeningHours hours) {
        Queue queue = f.createQueue();
        queue.setId(id);
        queue.setName(name);
        queue.setChannel(channel);
        queue.setSkill(name.toLowerCase());
        queue.setOpeningHours(hours);
        return queue;
    }

    private CampaignCalendar calendar() {
        CampaignFactory f = CampaignFactory.eINSTANCE;
        CampaignCalendar calendar = f.createCampaignCalendar();
        calendar.setId("calendar-spring");
        calendar.setName("Spring 2026");
        Campaign switchSave = f.createCampaign();
        switchSave.setId("campaign-switch");
        switchSave.setName("Switch & Save");
        switchSave.setOwner("Marketing");
        switchSave.setCampaignCode("SAVE26");
        switchSave.setStartDate(LocalDate.of(2026, 3, 2));
        switchSave.setEndDate(LocalDate.of(2026, 4, 30));
        switchSave.setServiceNotifiedOn(LocalDate.of(2026, 2, 1));
        switchSave.getChannels().add(DropKind.MAIL);
        switchSave.getChannels().add(DropKind.EMAIL_BLAST);
        switchSave.getQueues().add(center.getQueues().get(0));
        switchSave.getQueues().add(center.getQueues().get(1));
        Offer offer = f.createOffer();
        offer.setDescription("Two months free");
        OfferItem kettle = f.createOfferItem();
        kettle.setId("item-kettle");
        kettle.setName("Smart kettle");
        kettle.setLimitedInventory(true);
        kettle.setQuantityOnHand(500);
        kettle.setRedemptionRate(0.12);
        offer.getItems().add(kettle);
        switchSave.setOffer(offer);
        SuccessMetrics metrics = f.createSuccessMetrics();
        metrics.setTargetResponseRate(0.035);
        metrics.setTargetConversions(1200);
        metrics.setFeedbackReviewDate(LocalDate.of(2026, 5, 15));
        switchSave.setSuccessMetrics(metrics);
        Drop mail = f.createDrop();
        mail.setId("drop-mail");
        mail.setName("Letter wave 1");
        mail.setKind(DropKind.MAIL);
        mail.setDate(LocalDate.of(2026, 3, 2));
        mail.setAudienceSize(250_000L);
        mail.setResponseRate(0.02);
        mail.getDailyShares().add(0.5);
        mail.getDailyShares().add(0.3);
        mail.getDailyShares().add(0.2);
        ChannelShare phone = f.createChannelShare();
        phone.setChannel(Channel.PHONE);
        phone.setShare(0.7);
        ChannelShare chat = f.createChannelShare();
        chat.setChannel(Channel.CHAT);
        chat.setShare(0.3);
        mail.getChannelShares().add(phone);
        mail.getChannelShares().add(chat);
        Drop blast = f.createDrop();
        blast.setId("drop-blast");
        blast.setName("Newsletter");
        blast.setKind(DropKind.EMAIL_BLAST);
        blast.setDate(LocalDate.of(2026, 3, 9));
        blast.setTime(LocalTime.of(9, 30));
        blast.setAudienceSize(80_000L);
        blast.setResponseRate(0.01);
        switchSave.getDrops().add(mail);
        switchSave.getDrops().add(blast);
        calendar.getCampaigns().add(switchSave);
        Campaign loyalty = f.createCampaign();
        loyalty.setId("campaign-loyalty");
        loyalty.setName("Loyalty");
        loyalty.setStartDate(LocalDate.of(2026, 5, 1));
        calendar.getCampaigns().add(loyalty);
        return calendar;
    }

    private StaffingPlan staffing() {
        StaffingPlan plan = StaffingFactory.eINSTANCE.createStaffingPlan();
        plan.setId("plan-billing");
        plan.setName("Billing March");
        plan.setQueue(queue("Billing"));
        plan.setStartDate(LocalDate.of(2026, 3, 2));
        plan.setEndDate(LocalDate.of(2026, 3, 2));
        plan.setServiceLevelShare(0.8);
        plan.setAhtSeconds(240);
        plan.setShrinkage(0.3);
        plan.setAveragePatienceSeconds(90.0);
        plan.getCampaignCalendars().add(calendar);
        plan.getIntradayProfile().add(0.25);
        plan.getIntradayProfile().add(0.75);
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
        for (int i = 0; i < 4; i++) {
            StaffingInterval interval = StaffingFactory.eINSTANCE.createStaffingInterval();
            interval.setStart(start.plusMinutes(15L * i));
            interval.setBaseline(40.5 + i);
            interval.setScheduled(10 + i);
            if (i == 2) {
                interval.setAhtSeconds(300.0);
            }
            plan.getIntervals().add(interval);
        }
        return plan;
    }

    private TrainingPlan training() {
        TrainingFactory f = TrainingFactory.eINSTANCE;
        TrainingPlan plan = f.createTrainingPlan();
        plan.setId("training-spring");
        plan.setName("Spring training");
        KnowledgeItem faq = f.createKnowledgeItem();
        faq.setId("knowledge-faq");
        faq.setName("Switch & Save FAQ");
        faq.setKind(KnowledgeKind.FAQ);
        faq.setQuestion("Who can switch?");
        faq.setAnswer("Every household customer.");
        faq.setApprovalDate(LocalDate.of(2026, 2, 20));
        faq.getCampaigns().add(calendar.getCampaigns().get(0));
        plan.getKnowledgeItems().add(faq);
        Course course = f.createCourse();
        course.setId("course-switch");
        course.setName("Switch & Save briefing");
        course.setDurationMinutes(90);
        course.setDelivery(Delivery.VIRTUAL);
        course.getPreparesFor().add(calendar.getCampaigns().get(0));
        course.getTeaches().add(faq);
        Audience billing = f.createAudience();
        billing.setId("audience-billing");
        billing.setQueue(queue("Billing"));
        billing.setTeam(center.getTeams().get(0));
        billing.setHeadcount(12);
        billing.setStatus(CompletionStatus.SCHEDULED);
        course.getAudiences().add(billing);
        Session session = f.createSession();
        session.setId("session-1");
        session.setDate(LocalDate.of(2026, 2, 24));
        session.setStartTime(LocalTime.of(14, 0));
        session.setLengthMinutes(90);
        session.setTrainer("Kim");
        session.setCapacity(15);
        session.setAudience(billing);
        course.getSessions().add(session);
        plan.getCourses().add(course);
        return plan;
    }

    private IvrScript ivr() {
        IvrFactory f = IvrFactory.eINSTANCE;
        IvrScript script = f.createIvrScript();
        script.setId("ivr-main");
        script.setName("Main line");
        Prompt welcome = f.createPrompt();
        welcome.setId("welcome");
        welcome.setName("Welcome");
        welcome.setText("Welcome to Acme.");
        Menu menu = f.createMenu();
        menu.setId("menu-main");
        menu.setName("Main menu");
        menu.setPromptText("For billing press 1, for sales press 2.");
        menu.setTimeoutSeconds(7);
        RetryHandler noMatch = f.createRetryHandler();
        noMatch.setRetries(3);
        noMatch.setRepromptText("Sorry, please press 1 or 2.");
        menu.setNoMatch(noMatch);
        Route billing = f.createRoute();
        billing.setId("route-billing");
        billing.setName("To billing");
        billing.setQueue(queue("Billing"));
        billing.setPriority(2);
        Transfer operator = f.createTransfer();
        operator.setId("transfer-operator");
        operator.setName("Operator");
        operator.setNumber("+49 30 1234");
        HoursCheck hours = f.createHoursCheck();
        hours.setId("hours");
        hours.setName("Open?");
        hours.setQueue(queue("Billing"));
        hours.setOpen(welcome);
        hours.setClosed(operator);
        welcome.setNext(menu);
        noMatch.setFinalAction(operator);
        MenuOption one = f.createMenuOption();
        one.setKey("1");
        one.setPhrases("billing; invoice");
        one.setTarget(billing);
        MenuOption two = f.createMenuOption();
        two.setKey("2");
        two.setTarget(operator);
        menu.getOptions().add(one);
        menu.getOptions().add(two);
        script.getNodes().add(hours);
        script.getNodes().add(welcome);
        script.getNodes().add(menu);
        script.getNodes().add(billing);
        script.getNodes().add(operator);
        EntryPoint entry = f.createEntryPoint();
        entry.setId("entry-save");
        entry.setName("Switch & Save line");
        entry.setNumber("0800 123");
        entry.setCampaign(calendar.getCampaigns().get(0));
        entry.setFirstNode(hours);
        entry.setLiveFrom(LocalDate.of(2026, 3, 1));
        script.getEntryPoints().add(entry);
        return script;
    }

    private GoalSet goals() {
        GoalsFactory f = GoalsFactory.eINSTANCE;
        GoalSet set = f.createGoalSet();
        set.setId("goals-service");
        set.setName("Service goals 2026");
        Goal fcr = f.createGoal();
        fcr.setId("goal-fcr");
        fcr.setName("Billing FCR");
        fcr.setStatement("Raise first contact resolution on billing calls from 68% to 75% by June.");
        fcr.setMetric(Metric.FIRST_CONTACT_RESOLUTION);
        fcr.setUnit("%");
        fcr.setDirection(Direction.RAISE);
        fcr.setBaseline(68.0);
        fcr.setBaselineDate(LocalDate.of(2026, 1, 31));
        fcr.setTarget(75.0);
        fcr.setDeadline(LocalDate.of(2026, 6, 30));
        fcr.setMeasurementFrequency(Frequency.MONTHLY);
        fcr.getQueues().add(queue("Billing"));
        fcr.getCampaigns().add(calendar.getCampaigns().get(0));
        fcr.getChannels().add(Channel.PHONE);
        for (int month = 2; month <= 3; month++) {
            Reading reading = f.createReading();
            reading.setDate(LocalDate.of(2026, month, 28));
            reading.setValue(68.0 + month);
            fcr.getReadings().add(reading);
        }
        set.getGoals().add(fcr);
        return set;
    }
}
