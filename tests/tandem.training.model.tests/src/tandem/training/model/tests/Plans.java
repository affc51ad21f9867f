package tandem.training.model.tests;

import java.time.LocalDate;
import java.time.LocalTime;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Delivery;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;

/** Small, readable test plans: a contact center, a campaign calendar and a training plan. */
final class Plans {

    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
    final TrainingPlan plan = TrainingFactory.eINSTANCE.createTrainingPlan();

    Plans() {
        center.setName("Acme");
        calendar.setName("2026");
        plan.setName("Spring training");
    }

    Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        center.getQueues().add(queue);
        return queue;
    }

    Team team(String name, int headcount) {
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName(name);
        team.setHeadcount(headcount);
        center.getTeams().add(team);
        return team;
    }

    Campaign campaign(String name, LocalDate start) {
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName(name);
        campaign.setStartDate(start);
        calendar.getCampaigns().add(campaign);
        return campaign;
    }

    Course course(String title, Campaign... preparesFor) {
        Course course = TrainingFactory.eINSTANCE.createCourse();
        course.setName(title);
        course.setDurationMinutes(90);
        course.setDelivery(Delivery.CLASSROOM);
        for (Campaign campaign : preparesFor) {
            course.getPreparesFor().add(campaign);
        }
        plan.getCourses().add(course);
        return course;
    }

    static Audience audience(Course course, Queue queue, int headcount) {
        Audience audience = TrainingFactory.eINSTANCE.createAudience();
        audience.setQueue(queue);
        audience.setHeadcount(headcount);
        audience.setStatus(CompletionStatus.SCHEDULED);
        course.getAudiences().add(audience);
        return audience;
    }

    static Audience audience(Course course, Team team, int headcount) {
        Audience audience = TrainingFactory.eINSTANCE.createAudience();
        audience.setTeam(team);
        audience.setHeadcount(headcount);
        course.getAudiences().add(audience);
        return audience;
    }

    static Session session(Course course, LocalDate date, int capacity, Audience keptFor) {
        Session session = TrainingFactory.eINSTANCE.createSession();
        session.setDate(date);
        session.setStartTime(LocalTime.of(9, 0));
        session.setLengthMinutes(90);
        session.setTrainer("Dana");
        session.setCapacity(capacity);
        session.setAudience(keptFor);
        course.getSessions().add(session);
        return session;
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }
}
